package org.shuzhi.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
            throw new UnreadableReportException(name, whyNot(bytes), e);
        }
    }

    /** A zip POI cannot open as Word: another Office file, a plain archive, or a damaged .docx. */
    private static String whyNot(byte[] bytes) {
        boolean types = false, word = false, other = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String n = e.getName();
                types |= n.equals("[Content_Types].xml");
                word |= n.startsWith("word/");
                other |= n.startsWith("xl/") || n.startsWith("ppt/");
            }
        } catch (IOException | RuntimeException e) {
            // a truncated zip: what was listed before the damage still tells
        }
        if (other && !word) return "不是 Word 文档（是 Excel 或 PowerPoint 文件）";
        if (!types && !word) return "是普通的压缩包（zip），不是 Word 文档；请解压后提交其中的报告文件";
        return "文件已损坏或不完整，不是有效的 Word（.docx）文档";
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
