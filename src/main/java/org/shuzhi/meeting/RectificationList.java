package org.shuzhi.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * 整改清单 in the layout of 附件2 of notice 001 (评议考核结果和问题整改清单): the form's lines (填表部门, 填表人,
 * 考核时间、地点, 参会人员) left to fill, then the table 序号 / 党支部名称 / 姓名及述职方式 / 评议考核等次 /
 * 抓党建工作中存在的问题 / 整改措施和整改时限, one row per problem of each report (the report's cells merged
 * down its rows), the measure its plans give with the deadlines they name, or 未提出整改措施; the grade
 * column is left empty for the meeting. As .xlsx and as .docx.
 */
public final class RectificationList {
    public static final String TITLE = "评议考核结果和问题整改清单";
    public static final String SHEET = "整改清单";
    public static final String[] COLUMNS = {"序号", "党支部名称", "姓名及述职方式", "评议考核等次", "抓党建工作中存在的问题", "整改措施和整改时限"};
    /** What the table says for a report whose problems part names none the rules could pair. */
    public static final String NO_PROBLEM = "报告未查摆出具体问题";
    /** The form's lines above the table, as 附件2 has them. */
    static final String[] FORM = {"填表部门：                              填表人：", "考核时间、地点：", "参会人员："};
    /** The header row's index in the sheet (0-based): after the title and the form's lines. */
    public static final int HEADER_ROW = 1 + FORM.length;

    private RectificationList() {}

    /** One table row: the report's number and who, the problem, the measure with its deadlines. */
    record Line(int number, MeetingReport report, String problem, String measure) {}

    static List<Line> lines(Meeting meeting) {
        List<Line> out = new ArrayList<>();
        int n = 1;
        for (MeetingReport report : meeting.reports()) {
            List<Rectification> rows = report.facts().rectifications();
            if (rows.isEmpty()) out.add(new Line(n, report, NO_PROBLEM, ""));
            for (Rectification r : rows) out.add(new Line(n, report, r.problem(), measure(r)));
            n++;
        }
        return out;
    }

    /** The measure, then its deadlines when it names any ("……。时限：2024年6月底前"), else that it names none. */
    static String measure(Rectification r) {
        if (!r.answered()) return Rectification.NO_MEASURE;
        return r.measure() + (r.deadlines().isEmpty() ? "（未明确时限）" : "（时限：" + String.join("、", r.deadlines()) + "）");
    }

    static String who(MeetingReport report) {
        return report.name() != null ? report.name() : "";
    }

    static String unit(MeetingReport report) {
        return report.unit() != null ? report.unit() : report.baseName();
    }

    public static void writeWorkbook(Meeting meeting, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks st = new Workbooks(wb);
            Sheet s = wb.createSheet(SHEET);
            Workbooks.put(s.createRow(0), 0, meeting.title(TITLE), st.title);
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
            for (int i = 0; i < FORM.length; i++) {
                s.createRow(1 + i).createCell(0).setCellValue(FORM[i]);
                s.addMergedRegion(new CellRangeAddress(1 + i, 1 + i, 0, COLUMNS.length - 1));
            }
            Workbooks.headers(s.createRow(HEADER_ROW), st.header, COLUMNS);
            int r = HEADER_ROW + 1;
            List<Line> lines = lines(meeting);
            int from = r;
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                Row row = s.createRow(r);
                Workbooks.put(row, 0, l.number(), st.center);
                Workbooks.put(row, 1, unit(l.report()), st.wrap);
                Workbooks.put(row, 2, who(l.report()), st.wrap);
                Workbooks.put(row, 3, (String) null, st.center);
                Workbooks.put(row, 4, l.problem(), st.wrap);
                Workbooks.put(row, 5, l.measure(), st.wrap);
                boolean last = i + 1 == lines.size() || lines.get(i + 1).number() != l.number();
                if (last) {
                    if (r > from) for (int c = 0; c < 4; c++) s.addMergedRegion(new CellRangeAddress(from, r, c, c));
                    from = r + 1;
                }
                r++;
            }
            Workbooks.widths(s, 6, 22, 14, 12, 50, 60);
            Workbooks.printable(s, HEADER_ROW, COLUMNS.length - 1);
            wb.write(out);
        }
    }

    public static void writeDocument(Meeting meeting, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Documents.landscape(doc);
            Documents.title(doc, meeting.title(TITLE));
            for (String line : FORM) {
                XWPFParagraph p = doc.createParagraph();
                Documents.run(p, line, Documents.BODY_FONT, 12, false);
            }
            List<Line> lines = lines(meeting);
            XWPFTable t = doc.createTable(lines.size() + 1, COLUMNS.length);
            t.setTableAlignment(TableRowAlign.CENTER);
            t.setWidth("100%");
            int[] widths = {6, 16, 12, 10, 28, 28};
            for (int c = 0; c < COLUMNS.length; c++) {
                cell(t.getRow(0).getCell(c), COLUMNS[c], true);
                t.getRow(0).getCell(c).setWidth(widths[c] + "%");
            }
            t.getRow(0).setRepeatHeader(true);
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                XWPFTableRow row = t.getRow(i + 1);
                boolean first = i == 0 || lines.get(i - 1).number() != l.number();
                boolean continues = i + 1 < lines.size() && lines.get(i + 1).number() == l.number();
                String[] values = {String.valueOf(l.number()), unit(l.report()), who(l.report()), "", l.problem(), l.measure()};
                for (int c = 0; c < COLUMNS.length; c++) {
                    XWPFTableCell cell = row.getCell(c);
                    if (c < 4) {
                        // the report's cells merge down its rows, as in 附件2
                        if (first) {
                            cell(cell, values[c], false);
                            if (continues) merge(cell, STMerge.RESTART);
                        } else {
                            merge(cell, STMerge.CONTINUE);
                        }
                    } else {
                        cell(cell, values[c], false);
                    }
                }
            }
            doc.write(out);
        }
    }

    private static void merge(XWPFTableCell cell, STMerge.Enum how) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(how);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (bold) p.setAlignment(ParagraphAlignment.CENTER);
        Documents.run(p, text, Documents.BODY_FONT, 11, bold);
    }
}
