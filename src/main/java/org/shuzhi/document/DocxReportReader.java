package org.shuzhi.document;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Word 2007+ files: body paragraphs and table cells in document order, one paragraph per cell. */
final class DocxReportReader implements ReportReader {
    @Override
    public Report read(String name, byte[] bytes) throws UnreadableReportException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Paragraph> out = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    add(out, p.getText(), false);
                } else if (element instanceof XWPFTable t) {
                    addTable(out, t);
                }
            }
            return new Report(name, out);
        } catch (Exception | LinkageError e) {
            throw new UnreadableReportException(name, "文件已损坏或不完整，不是有效的 Word（.docx）文档", e);
        }
    }

    private static void addTable(List<Paragraph> out, XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> parts = new ArrayList<>();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    String s = ParagraphSplitter.strip(p.getText());
                    if (!s.isEmpty()) parts.add(s);
                }
                for (XWPFTable nested : cell.getTables()) addTable(out, nested);
                add(out, String.join(" ", parts), true);
            }
        }
    }

    private static void add(List<Paragraph> out, String text, boolean inTable) {
        // a Word paragraph may hold soft line breaks; each visible line is kept inside the one paragraph
        String t = ParagraphSplitter.strip(text == null ? "" : text.replace('\u000B', ' '));
        if (!t.isEmpty()) out.add(new Paragraph(out.size(), t, inTable));
    }
}
