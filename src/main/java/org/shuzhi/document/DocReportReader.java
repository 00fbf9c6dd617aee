package org.shuzhi.document;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;

/** Word 97–2003 files through POI's HWPF; table cells come out as paragraphs in order. */
final class DocReportReader implements ReportReader {
    @Override
    public Report read(String name, byte[] bytes) throws UnreadableReportException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes));
             WordExtractor extractor = new WordExtractor(doc)) {
            List<Paragraph> out = new ArrayList<>();
            for (String raw : extractor.getParagraphText()) {
                for (String cell : raw.split("\u0007")) {
                    String t = ParagraphSplitter.strip(WordExtractor.stripFields(cell).replace('\u000B', ' '));
                    if (!t.isEmpty()) out.add(new Paragraph(out.size(), t, raw.indexOf('\u0007') >= 0));
                }
            }
            return new Report(name, out);
        } catch (Exception | LinkageError e) {
            throw new UnreadableReportException(name, "文件已损坏或不完整，不是有效的 Word（.doc）文档", e);
        }
    }
}
