package org.shuzhi.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 测评结果.xlsx: sheet 测评结果, one row per secretary, votes as numbers and every score as an Excel formula
 * (so that a 日常考核得分 typed in later recomputes the composite and the grade); sheet 测评表 lists the
 * sheets read with their groups. The formulas' results are computed before writing, so that viewers that do
 * not recompute show them too. Columns in docs/contract.md.
 */
public final class ScoreResults {
    public static final String SHEET = "测评结果";
    public static final String SOURCES = "测评表";
    public static final String[] COLUMNS = {"序号", "单位", "姓名",
            "领导·好", "领导·较好", "领导·一般", "领导·较差", "领导·有效票", "领导·得分",
            "其他·好", "其他·较好", "其他·一般", "其他·较差", "其他·有效票", "其他·得分",
            "无效票", "现场测评得分", "日常考核得分", "综合得分", "现场测评等次", "综合等次"};
    public static final int LEADER_SCORE = 8, OTHER_SCORE = 14, MEETING = 16, EVERYDAY = 17, COMPOSITE = 18, MEETING_GRADE = 19, COMPOSITE_GRADE = 20;

    private ScoreResults() {}

    public static void write(List<SecretaryScore> scores, List<FilledSheet> sheets, OutputStream out) throws IOException {
        ScoreFormula f = ScoreFormula.standard();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks st = new Workbooks(wb);
            Sheet s = wb.createSheet(SHEET);
            Workbooks.headers(s.createRow(0), st.header, COLUMNS);
            int r = 1;
            for (SecretaryScore x : scores) {
                Row row = s.createRow(r);
                int excel = r + 1;
                Workbooks.put(row, 0, x.number(), st.center);
                Workbooks.put(row, 1, x.unit(), st.wrap);
                Workbooks.put(row, 2, x.name(), st.center);
                votes(row, 3, x.leaderVotes(), excel, st);
                votes(row, 9, x.otherVotes(), excel, st);
                Workbooks.put(row, 15, x.invalid(), st.center);
                String l = ref(LEADER_SCORE, excel), o = ref(OTHER_SCORE, excel), m = ref(MEETING, excel), d = ref(EVERYDAY, excel), c = ref(COMPOSITE, excel);
                formula(row, MEETING, "IF(AND(" + l + "=\"\"," + o + "=\"\"),\"\",IF(" + l + "=\"\"," + o + ",IF(" + o + "=\"\"," + l
                        + ",ROUND(" + f.groups().get(ScoreFormula.LEADERS) + "*" + l + "+" + f.groups().get(ScoreFormula.OTHERS) + "*" + o + ",2))))", st.decimal);
                if (x.everyday() != null) Workbooks.put(row, EVERYDAY, x.everyday(), st.decimal);
                else Workbooks.put(row, EVERYDAY, (String) null, st.decimal);
                formula(row, COMPOSITE, "IF(OR(" + m + "=\"\"," + d + "=\"\"),\"\",ROUND(" + f.meetingWeight() + "*" + m + "+" + f.everydayWeight() + "*" + d + ",2))", st.decimal);
                formula(row, MEETING_GRADE, grade(m, f), st.center);
                formula(row, COMPOSITE_GRADE, grade(c, f), st.center);
                r++;
            }
            Workbooks.widths(s, 6, 30, 10, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 10, 10, 10, 10, 10);
            s.createFreezePane(3, 1);
            Workbooks.printable(s, 0, COLUMNS.length - 1);

            Sheet src = wb.createSheet(SOURCES);
            Workbooks.headers(src.createRow(0), st.header, "文件", "测评人类别", "有效票", "无效票");
            int k = 1;
            for (FilledSheet sheet : sheets) {
                Row row = src.createRow(k++);
                Workbooks.put(row, 0, sheet.file(), st.text);
                Workbooks.put(row, 1, sheet.group(), st.center);
                long valid = sheet.ballots().stream().filter(b -> b.grade() != null).count();
                Workbooks.put(row, 2, valid, st.center);
                Workbooks.put(row, 3, sheet.ballots().size() - valid, st.center);
            }
            Workbooks.widths(src, 40, 14, 8, 8);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.write(out);
        }
    }

    /** Four vote counts, their sum (有效票) and the group's score, as formulas over the counts. */
    private static void votes(Row row, int from, int[] votes, int excel, Workbooks st) {
        ScoreFormula f = ScoreFormula.standard();
        StringBuilder sum = new StringBuilder();
        for (Grade g : Grade.values()) {
            Workbooks.put(row, from + g.ordinal(), votes[g.ordinal()], st.center);
            if (sum.length() > 0) sum.append('+');
            sum.append(ref(from + g.ordinal(), excel)).append('*').append(f.points().get(g));
        }
        String valid = ref(from + 4, excel);
        formula(row, from + 4, "SUM(" + ref(from, excel) + ":" + ref(from + 3, excel) + ")", st.center);
        formula(row, from + 5, "IF(" + valid + "=0,\"\",ROUND((" + sum + ")/" + valid + ",2))", st.decimal);
    }

    private static String grade(String cell, ScoreFormula f) {
        return "IF(" + cell + "=\"\",\"\",IF(" + cell + ">=" + f.gradeFrom().get(Grade.GOOD) + ",\"好\",IF(" + cell + ">=" + f.gradeFrom().get(Grade.FAIRLY_GOOD)
                + ",\"较好\",IF(" + cell + ">=" + f.gradeFrom().get(Grade.AVERAGE) + ",\"一般\",\"较差\"))))";
    }

    private static void formula(Row row, int column, String formula, org.apache.poi.ss.usermodel.CellStyle style) {
        var c = row.createCell(column);
        c.setCellFormula(formula);
        c.setCellStyle(style);
    }

    private static String ref(int column, int excelRow) {
        return CellReference.convertNumToColString(column) + excelRow;
    }
}
