package org.shuzhi.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every document of a meeting written into one folder: 汇总表.xlsx, 整改清单.xlsx, 整改清单.docx,
 * 点评意见.docx, 测评表.xlsx and 批注/&lt;原文件名&gt;.docx per report (the copy for the secretary: the 点评 and the
 * findings, no suggested grade) (a second report of the same name gets
 * （2）, and so on). Existing files of these names are replaced; nothing else in the folder is touched.
 */
public final class MeetingPack {
    public static final String SUMMARY = "汇总表.xlsx";
    public static final String RECTIFICATION_XLSX = "整改清单.xlsx";
    public static final String RECTIFICATION_DOCX = "整改清单.docx";
    public static final String COMMENTS = "点评意见.docx";
    public static final String SCORING = "测评表.xlsx";
    public static final String ANNOTATED = "批注";

    private MeetingPack() {}

    /** Writes the pack; returns the files written, in the order above. */
    public static List<Path> write(Meeting meeting, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        out.add(write(dir.resolve(SUMMARY), o -> SummaryWorkbook.write(meeting, o)));
        out.add(write(dir.resolve(RECTIFICATION_XLSX), o -> RectificationList.writeWorkbook(meeting, o)));
        out.add(write(dir.resolve(RECTIFICATION_DOCX), o -> RectificationList.writeDocument(meeting, o)));
        out.add(write(dir.resolve(COMMENTS), o -> CommentsDocument.write(meeting, o)));
        out.add(write(dir.resolve(SCORING), o -> ScoringSheet.write(meeting, o)));
        Path annotated = dir.resolve(ANNOTATED);
        Files.createDirectories(annotated);
        List<String> names = annotatedNames(meeting.reports());
        for (int i = 0; i < meeting.reports().size(); i++) {
            MeetingReport r = meeting.reports().get(i);
            // the copy goes back to the secretary: the 点评, not a suggested grade the meeting has not decided
            out.add(write(annotated.resolve(names.get(i)), o -> AnnotatedReport.write(r, meeting.comment(r), null, o)));
        }
        return out;
    }

    /** 批注's file names: each report's own name as .docx, made unique ("述职报告（2）.docx"), with no character a file system refuses. */
    public static List<String> annotatedNames(List<MeetingReport> reports) {
        Set<String> taken = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (MeetingReport r : reports) {
            String base = r.baseName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
            if (base.isEmpty()) base = "报告";
            String name = base + ".docx";
            for (int k = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); k++) name = base + "（" + k + "）.docx";
            out.add(name);
        }
        return out;
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static Path write(Path file, Writer w) throws IOException {
        // written beside and moved over, so that a failure leaves no half-written document behind
        Path tmp = Files.createTempFile(file.getParent(), ".part-", ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                w.write(o);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }
}
