package org.shuzhi.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Finding;

/** A text box drawn inside a paragraph is not part of the paragraph's text: spans stay on the paragraph's own words. */
class AnnotatedTextBoxTest {
    static final String BOX = "<w:r xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' xmlns:v='urn:schemas-microsoft-com:vml'>"
            + "<w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框里的说明文字</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>";

    @Test
    void spansSkipTheTextBox() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<String> runs : AnnotatedReportTest.RUNS) {
                XWPFParagraph p = doc.createParagraph();
                if (runs.get(0).startsWith("一年来")) p.getCTP().addNewR().set(CTR.Factory.parse(BOX));
                for (String r : runs) p.createRun().setText(r);
            }
            doc.write(out);
            bytes = out.toByteArray();
        }
        MeetingReport report = new MeetingReviewer(Reviewers.withoutArchive()).review("城东小学.docx", bytes, ReviewRequest.defaults());
        Finding voice = report.review().findings().stream().filter(f -> f.rule().equals("COLLECTIVE_VOICE") && f.span() != null).findFirst().orElseThrow();
        String paragraph = report.review().paragraphs().get(voice.paragraph()).text();
        assertTrue(paragraph.startsWith("一年来"), "the reader leaves the text box out: " + paragraph);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnotatedReport.write(report, null, null, out);
        List<WordComments.Comment> comments = WordComments.of(new XWPFDocument(new ByteArrayInputStream(out.toByteArray())));
        WordComments.Comment c = comments.stream().filter(k -> k.text().contains(voice.message())).findFirst().orElseThrow();
        assertEquals(paragraph.substring(voice.span().start(), voice.span().end()), c.anchored().replace("文本框里的说明文字", ""));
        assertTrue(!c.anchored().contains("文本框"), c.anchored());
    }
}
