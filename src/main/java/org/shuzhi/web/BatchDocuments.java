package org.shuzhi.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.meeting.AnnotatedReport;
import org.shuzhi.meeting.CommentsDocument;
import org.shuzhi.meeting.Meeting;
import org.shuzhi.meeting.MeetingPack;
import org.shuzhi.meeting.MeetingReport;
import org.shuzhi.meeting.RectificationList;
import org.shuzhi.meeting.ScoringSheet;
import org.shuzhi.meeting.SummaryWorkbook;

/**
 * The documents of a batch, by their Chinese file names, each written by the meeting package from the
 * batch's stored reviews, edited 点评 and confirmed metadata: the same writers as {@code meeting --out}.
 */
final class BatchDocuments {
    private interface Writer {
        void write(Meeting meeting, OutputStream out) throws IOException;
    }

    private static final Map<String, Writer> BATCH = new LinkedHashMap<>();

    static {
        BATCH.put(MeetingPack.SUMMARY, SummaryWorkbook::write);
        BATCH.put(MeetingPack.RECTIFICATION_XLSX, RectificationList::writeWorkbook);
        BATCH.put(MeetingPack.RECTIFICATION_DOCX, RectificationList::writeDocument);
        BATCH.put(MeetingPack.COMMENTS, CommentsDocument::write);
        BATCH.put(MeetingPack.SCORING, ScoringSheet::write);
    }

    private BatchDocuments() {}

    static List<String> names() {
        return List.copyOf(BATCH.keySet());
    }

    static boolean annotates() {
        return true;
    }

    static byte[] write(String name, Meeting meeting) {
        Writer w = BATCH.get(name);
        if (w == null) throw ApiError.notFound("没有这份会议材料：" + name + "（可下载：" + String.join("、", names()) + "）");
        return bytes(out -> w.write(meeting, out));
    }

    /** The report's own .docx with a Word comment on each finding's span and the 点评 on its title. */
    static byte[] annotated(Meeting meeting, MeetingReport report) {
        return bytes(out -> AnnotatedReport.write(report, meeting.comment(report), meeting.grade(report), out));
    }

    /** 批注 file name: the original's name with .docx. */
    static String annotatedName(String file) {
        String f = file.replace('\\', '/');
        f = f.substring(f.lastIndexOf('/') + 1);
        int dot = f.lastIndexOf('.');
        String base = (dot > 0 ? f.substring(0, dot) : f).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (base.isEmpty() ? "报告" : base) + ".docx";
    }

    static String contentType(String name) {
        return name.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
