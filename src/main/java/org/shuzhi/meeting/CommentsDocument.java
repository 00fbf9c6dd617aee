package org.shuzhi.meeting;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * 点评意见.docx: one section per report, in the meeting's order: a heading with the number, unit and name,
 * the 点评 (the reviewer's edit, else the draft), and the suggested grade marked as a suggestion.
 */
public final class CommentsDocument {
    public static final String TITLE = "点评意见";

    private CommentsDocument() {}

    public static void write(Meeting meeting, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Documents.title(doc, meeting.title(TITLE));
            int n = 1;
            for (MeetingReport report : meeting.reports()) {
                Documents.heading(doc, Numerals.chinese(n++) + "、" + report.label());
                Documents.body(doc, meeting.comment(report));
                GradeSuggestion g = meeting.grade(report);
                Documents.body(doc, "建议等次：" + g.grade().label() + "（" + String.join("；", g.reasons()) + "）。" + GradeSuggestion.NOTE + "。");
            }
            doc.write(out);
        }
    }
}
