package org.shuzhi.meeting;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 测评表.xlsx, the meeting's scoring sheet, one copy per attendee: row 1 the title; row 2 the attendee's
 * group in cell B2 (领导 or 其他与会人员, a drop-down: the group decides the weight, 40 % or 60 %); row 3 how
 * to fill it; row 4 the header 序号 / 单位 / 姓名 / 好 / 较好 / 一般 / 较差; from row 5 one row per
 * secretary, a "√" under one grade. Printable: A4 landscape, one page wide, rows 1–4 repeated.
 * {@link ScoringSheetReader} reads filled copies back by the same layout.
 */
public final class ScoringSheet {
    public static final String SHEET = "测评表";
    public static final String TITLE = "述职评议现场测评表";
    public static final String GROUP_LABEL = "测评人类别";
    /** Row and column indexes (0-based) of the layout. */
    public static final int GROUP_ROW = 1, GROUP_COLUMN = 1, NOTE_ROW = 2, HEADER_ROW = 3, FIRST_ROW = 4;
    public static final String[] COLUMNS = {"序号", "单位", "姓名", "好", "较好", "一般", "较差"};
    /** The first grade column: 好, then 较好, 一般, 较差 in {@link Grade} order. */
    public static final int FIRST_GRADE_COLUMN = 3;
    static final String NOTE = "请在每位述职人对应的一个等次下填“√”，每行只选一项（多选或不选为无效票）；测评人类别填“领导”或“其他与会人员”"
            + "（领导的测评按40%、其他与会人员的测评按60%计入现场测评得分）。";

    private ScoringSheet() {}

    public static void write(Meeting meeting, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks st = new Workbooks(wb);
            Sheet s = wb.createSheet(SHEET);
            int last = COLUMNS.length - 1;
            Row title = s.createRow(0);
            title.setHeightInPoints(28);
            Workbooks.put(title, 0, meeting.title(TITLE), st.title);
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            Row group = s.createRow(GROUP_ROW);
            Workbooks.put(group, 0, GROUP_LABEL, st.header);
            Workbooks.put(group, GROUP_COLUMN, (String) null, st.center);
            Workbooks.put(group, 2, "（领导 / 其他与会人员）", st.text);
            s.addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, 2, last));
            DataValidationHelper h = s.getDataValidationHelper();
            DataValidation v = h.createValidation(h.createExplicitListConstraint(new String[] {ScoreFormula.LEADERS, ScoreFormula.OTHERS}),
                    new CellRangeAddressList(GROUP_ROW, GROUP_ROW, GROUP_COLUMN, GROUP_COLUMN));
            v.setShowErrorBox(true);
            s.addValidationData(v);
            Row note = s.createRow(NOTE_ROW);
            note.setHeightInPoints(32);
            Workbooks.put(note, 0, NOTE, st.wrap);
            s.addMergedRegion(new CellRangeAddress(NOTE_ROW, NOTE_ROW, 0, last));
            Row header = s.createRow(HEADER_ROW);
            Workbooks.headers(header, st.header, COLUMNS);
            int r = FIRST_ROW;
            int n = 1;
            for (MeetingReport report : meeting.reports()) {
                Row row = s.createRow(r++);
                row.setHeightInPoints(22);
                Workbooks.put(row, 0, n++, st.center);
                Workbooks.put(row, 1, RectificationList.unit(report), st.wrap);
                Workbooks.put(row, 2, RectificationList.who(report), st.center);
                for (int c = FIRST_GRADE_COLUMN; c <= last; c++) Workbooks.put(row, c, (String) null, st.center);
            }
            Workbooks.widths(s, 8, 40, 14, 10, 10, 10, 10);
            Workbooks.printable(s, HEADER_ROW, last);
            wb.write(out);
        }
    }
}
