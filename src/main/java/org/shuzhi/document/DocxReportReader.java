package org.shuzhi.document;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Word 2007+ files: body paragraphs and table cells in document order, one paragraph per cell, each cell
 * with its place in its table ({@link TablePosition}). The zip is read through {@link BoundedZip} (bounded
 * entries and inflated size, nothing inflated twice) and each Word part's nesting is measured
 * ({@link XmlNesting}) before POI, which builds nested tables by recursion, sees it; the tables are then
 * walked without recursion.
 */
final class DocxReportReader implements ReportReader {
    private static final String DAMAGED = "文件已损坏或不完整，不是有效的 Word（.docx）文档";

    @Override
    public Report read(String name, byte[] bytes) throws UnreadableReportException {
        BoundedZip zip;
        try {
            zip = BoundedZip.open(bytes);
        } catch (BoundedZip.Refused e) {
            throw new UnreadableReportException(name, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            // no central directory: a truncated download, or not a zip after all
            throw new UnreadableReportException(name, whyNot(BoundedZip.localNames(bytes), false), e);
        }
        try (zip) {
            String deep = tooDeep(zip);
            if (deep != null) throw new UnreadableReportException(name, deep);
            OPCPackage pkg;
            try {
                pkg = OPCPackage.open(zip);
            } catch (Exception | LinkageError e) {
                throw new UnreadableReportException(name, reason(e, zip), e);
            }
            try {
                return new Report(name, paragraphs(name, new XWPFDocument(pkg)));
            } catch (UnreadableReportException e) {
                throw e;
            } catch (Exception | LinkageError e) {
                throw new UnreadableReportException(name, reason(e, zip), e);
            } finally {
                // read-only: closing would try to save the package
                pkg.revert();
            }
        } catch (IOException e) {
            throw new UnreadableReportException(name, DAMAGED, e);
        }
    }

    /** A bound the zip broke while POI read it, else what the entry names say the file is. */
    private static String reason(Throwable e, BoundedZip zip) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof BoundedZip.Refused r) return r.getMessage();
        return whyNot(zip.names(), true);
    }

    /** The first Word part that nests too deep, with why; null if none does. */
    private static String tooDeep(BoundedZip zip) throws IOException {
        for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
            String n = e.getName();
            if (!n.startsWith("word/") || !n.endsWith(".xml")) continue;
            String why;
            try {
                why = XmlNesting.tooDeep(zip.bytes(e));
            } catch (BoundedZip.Refused r) {
                return r.getMessage();
            }
            if (why != null) return why;
        }
        return null;
    }

    /**
     * A zip POI cannot open as Word: another Office file, a plain archive, or a damaged .docx. A zip without
     * its central directory ({@code intact} false) was cut short (a download or copy that stopped): a damaged
     * .docx when its first entries are Office parts or could not be read at all, never an archive to unpack.
     * Only a zip whose entries are other files (reports as .txt or .docx inside) is a plain archive.
     */
    static String whyNot(List<String> names, boolean intact) {
        boolean types = false, word = false, other = false, office = false;
        for (String n : names) {
            types |= n.equals("[Content_Types].xml");
            word |= n.startsWith("word/");
            other |= n.startsWith("xl/") || n.startsWith("ppt/");
            office |= n.equals("[Content_Types].xml") || n.startsWith("_rels/") || n.startsWith("docProps/") || n.startsWith("word/");
        }
        if (other && !word) return "不是 Word 文档（是 Excel 或 PowerPoint 文件）";
        // cut short: only entries that are no Office part (城东小学2023.txt) make it an archive; no names at all, a .docx
        if (!intact && (office || names.isEmpty())) return DAMAGED + "（数据在中途截断，多是下载或拷贝时中断）；请重新下载或拷贝后再提交";
        if (!types && !word) {
            List<String> shown = names.stream().filter(n -> !n.endsWith("/")).limit(3).toList();
            return "是普通的压缩包（zip" + (shown.isEmpty() ? "，里面没有文件" : "，内含 " + String.join("、", shown)
                    + (names.size() > shown.size() ? " 等" : "")) + "），不是 Word 文档；请解压后提交其中的报告文件";
        }
        if (!names.contains("word/document.xml")) return DAMAGED + "（缺少正文部分 word/document.xml）；请从原文件重新另存或导出后再提交";
        return DAMAGED;
    }

    private static List<Paragraph> paragraphs(String name, XWPFDocument doc) throws UnreadableReportException {
        List<Paragraph> out = new ArrayList<>();
        int[] tables = {0};
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                add(out, p.getText(), null, false);
            } else if (element instanceof XWPFTable t) {
                addTable(name, out, t, tables);
            }
        }
        return out;
    }

    /** What is left to do while walking a table: a table to open, or a cell's text to add. */
    private sealed interface Step permits OpenTable, AddCell {}

    private record OpenTable(XWPFTable table, int depth) implements Step {}

    private record AddCell(String text, TablePosition position) implements Step {}

    /**
     * The cells of a table and of the tables nested in it, in document order (a nested table before the text
     * of the cell holding it), with an explicit stack instead of recursion.
     */
    private static void addTable(String name, List<Paragraph> out, XWPFTable top, int[] tables) throws UnreadableReportException {
        Deque<Step> todo = new ArrayDeque<>();
        todo.push(new OpenTable(top, 1));
        while (!todo.isEmpty()) {
            Step step = todo.pop();
            if (step instanceof AddCell cell) {
                add(out, cell.text(), cell.position(), true);
                continue;
            }
            OpenTable open = (OpenTable) step;
            if (open.depth() > XmlNesting.MAX_TABLE_DEPTH) {
                throw new UnreadableReportException(name, "表格嵌套过深（表格套表格超过 " + XmlNesting.MAX_TABLE_DEPTH + " 层），不是正常的述职报告");
            }
            List<Step> steps = new ArrayList<>();
            int number = tables[0]++;
            Layout layout = Layout.of(open.table());
            List<XWPFTableRow> rows = open.table().getRows();
            for (int r = 0; r < rows.size(); r++) {
                int column = 0;
                for (XWPFTableCell cell : rows.get(r).getTableCells()) {
                    for (XWPFTable nested : cell.getTables()) steps.add(new OpenTable(nested, open.depth() + 1));
                    String header = layout.header(r, column);
                    steps.add(new AddCell(text(cell), new TablePosition(number, r, column, header, layout.role(r, column))));
                    column += span(cell);
                }
            }
            for (int i = steps.size() - 1; i >= 0; i--) todo.push(steps.get(i));
        }
    }

    /** A cell's paragraphs joined by a space: a cell is one paragraph of the report. */
    private static String text(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String s = ParagraphSplitter.strip(p.getText());
            if (!s.isEmpty()) parts.add(s);
        }
        return String.join(" ", parts);
    }

    /** How many grid columns a cell covers (merged across columns: more than one). */
    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || pr.getGridSpan() == null) return 1;
        BigInteger n = pr.getGridSpan().getVal();
        return n == null || n.signum() <= 0 ? 1 : Math.min(n.intValue(), 64);
    }

    /**
     * A table's header row and what its columns hold. The first row is a header row when Word repeats it on
     * each page, or when the table has more rows and the first holds only short labels (at least two, none
     * a sentence): "问题 | 整改措施 | 责任人 | 时限", "项目 | 2022年 | 2023年".
     */
    private record Layout(Map<Integer, String> headers, Map<Integer, TableColumn> roles) {
        static final int MAX_HEADER_CHARS = 20;

        static Layout of(XWPFTable table) {
            List<XWPFTableRow> rows = table.getRows();
            if (rows.size() < 2 || !isHeader(rows.get(0))) return new Layout(Map.of(), Map.of());
            Map<Integer, String> headers = new HashMap<>();
            int column = 0;
            for (XWPFTableCell cell : rows.get(0).getTableCells()) {
                String t = text(cell);
                for (int k = 0; k < span(cell); k++) if (!t.isEmpty()) headers.put(column + k, t);
                column += span(cell);
            }
            Map<Integer, TableColumn> roles = new HashMap<>();
            headers.forEach((c, h) -> roles.put(c, TableColumn.of(h)));
            // roles only in a rectification table: "问题" heading a column of a figures table says nothing
            if (!TableColumn.rectification(roles.values())) roles.clear();
            return new Layout(headers, roles);
        }

        private static boolean isHeader(XWPFTableRow row) {
            if (row.isRepeatHeader()) return true;
            int labels = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                String t = text(cell);
                if (t.isEmpty()) continue;
                if (t.length() > MAX_HEADER_CHARS || "。！？；.!?;".indexOf(t.charAt(t.length() - 1)) >= 0) return false;
                labels++;
            }
            return labels >= 2;
        }

        String header(int row, int column) {
            return headers.get(column);
        }

        /** What a cell holds by its column; the header cells themselves hold nothing. */
        TableColumn role(int row, int column) {
            return row == 0 ? TableColumn.OTHER : roles.getOrDefault(column, TableColumn.OTHER);
        }
    }

    private static void add(List<Paragraph> out, String text, TablePosition table, boolean inTable) {
        // a Word paragraph may hold soft line breaks; each visible line is kept inside the one paragraph
        String t = ParagraphSplitter.strip(text == null ? "" : text.replace('\u000B', ' '));
        if (!t.isEmpty()) out.add(new Paragraph(out.size(), t, inTable, table));
    }
}
