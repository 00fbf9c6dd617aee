package org.shuzhi.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The 测评表 filled as attendees fill it, read back, scored by the notices' formula; malformed sheets refused with the cell named. */
class ScoringSheetReaderTest {
    static final Meeting MEETING = new Meeting("述职评议会", "default", List.of(
            Reviews.report("城东小学党支部", "刘春燕", List.of()),
            Reviews.report("恒达机械公司党支部", "刘海峰", List.of()),
            Reviews.report("河西区实验幼儿园党支部", "王敏", List.of())));

    static byte[] blank() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoringSheet.write(MEETING, out);
        return out.toByteArray();
    }

    /** A copy of the sheet filled: the group in B2, for each secretary the column letter of the grade marked (null: none). */
    static byte[] filled(String group, String... marks) throws Exception {
        return edit(s -> {
            s.getRow(ScoringSheet.GROUP_ROW).getCell(ScoringSheet.GROUP_COLUMN).setCellValue(group);
            for (int i = 0; i < marks.length; i++) {
                if (marks[i] == null) continue;
                for (char col : marks[i].toCharArray()) {
                    Row row = s.getRow(ScoringSheet.FIRST_ROW + i);
                    row.getCell(col - 'A').setCellValue("√");
                }
            }
        });
    }

    static byte[] edit(Consumer<Sheet> change) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank()))) {
            change.accept(wb.getSheet(ScoringSheet.SHEET));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static FilledSheet read(String name, byte[] bytes) throws ScoringSheetException {
        return ScoringSheetReader.read(name, new ByteArrayInputStream(bytes));
    }

    @Test
    void scoresFollowTheNoticesFormulaAndWeights() throws Exception {
        // D 好, E 较好, F 一般, G 较差
        List<FilledSheet> sheets = List.of(
                read("领导1.xlsx", filled("领导", "D", "E", "DE")),
                read("领导2.xlsx", filled("领导", "D", "F", null)),
                read("群众1.xlsx", filled("其他与会人员", "D", "G", "E")),
                read("群众2.xlsx", filled("其他与会人员", "E", "G", "F")),
                read("群众3.xlsx", filled("其他", "F", "G", "G")));
        List<SecretaryScore> scores = ScoreCalculator.compute(sheets, Map.of(1, 90.0, 2, 60.0));
        SecretaryScore first = scores.get(0);
        // leaders 好,好 = 100; others 好,较好,一般 = 240/3 = 80; meeting 0.4×100 + 0.6×80 = 88; composite 0.3×88 + 0.7×90 = 89.4
        assertEquals(100.0, first.leaders(), 1e-9);
        assertEquals(80.0, first.others(), 1e-9);
        assertEquals(88.0, first.meeting(), 1e-9);
        assertEquals(89.4, first.composite(), 1e-9);
        assertEquals(Grade.FAIRLY_GOOD, first.compositeGrade());
        SecretaryScore second = scores.get(1);
        // leaders 较好,一般 = 70; others 较差×3 = 50; meeting 28 + 30 = 58; composite 17.4 + 42 = 59.4
        assertEquals(58.0, second.meeting(), 1e-9);
        assertEquals(59.4, second.composite(), 1e-9);
        assertEquals(Grade.AVERAGE, second.compositeGrade());
        SecretaryScore third = scores.get(2);
        // two marks on one row and none on another are invalid votes: leaders have no valid vote, others 较好,一般,较差 = 190/3
        assertEquals(2, third.invalid());
        assertNull(third.leaders());
        assertEquals(190.0 / 3, third.meeting(), 1e-9);
        assertNull(third.composite(), "no everyday assessment given");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreResults.write(scores, sheets, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet(ScoreResults.SHEET);
            assertEquals(List.of(ScoreResults.COLUMNS), MeetingDocumentsTest.row(s.getRow(0)));
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.clearAllCachedResultValues();
            Row r1 = s.getRow(1), r2 = s.getRow(2), r3 = s.getRow(3);
            assertEquals(2, ev.evaluate(r1.getCell(7)).getNumberValue(), 1e-9, "领导·有效票");
            assertEquals(100.0, ev.evaluate(r1.getCell(ScoreResults.LEADER_SCORE)).getNumberValue(), 1e-9);
            assertEquals(80.0, ev.evaluate(r1.getCell(ScoreResults.OTHER_SCORE)).getNumberValue(), 1e-9);
            assertEquals(88.0, ev.evaluate(r1.getCell(ScoreResults.MEETING)).getNumberValue(), 1e-9);
            assertEquals(89.4, ev.evaluate(r1.getCell(ScoreResults.COMPOSITE)).getNumberValue(), 1e-9);
            assertEquals("较好", ev.evaluate(r1.getCell(ScoreResults.COMPOSITE_GRADE)).getStringValue());
            assertEquals("一般", ev.evaluate(r2.getCell(ScoreResults.COMPOSITE_GRADE)).getStringValue());
            assertEquals(63.33, ev.evaluate(r3.getCell(ScoreResults.MEETING)).getNumberValue(), 1e-9);
            assertEquals("", ev.evaluate(r3.getCell(ScoreResults.COMPOSITE)).getStringValue());
            assertEquals("一般", ev.evaluate(r3.getCell(ScoreResults.MEETING_GRADE)).getStringValue());
            // an everyday score typed in later recomputes the composite and the grade
            r3.getCell(ScoreResults.EVERYDAY).setCellValue(95);
            ev.clearAllCachedResultValues();
            assertEquals(Math.round((0.3 * 63.33 + 0.7 * 95) * 100) / 100.0, ev.evaluate(r3.getCell(ScoreResults.COMPOSITE)).getNumberValue(), 1e-9);
            // 0.3×63.33 + 0.7×95 = 85.5
            assertEquals("较好", ev.evaluate(r3.getCell(ScoreResults.COMPOSITE_GRADE)).getStringValue());
            // cached results are written too, for viewers that do not recompute
            assertEquals(88.0, r1.getCell(ScoreResults.MEETING).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void aUnanimousVoteGivesBackItsGrade() {
        ScoreFormula f = ScoreFormula.standard();
        for (Grade g : Grade.values()) {
            int[] votes = new int[4];
            votes[g.ordinal()] = 7;
            assertEquals(g, f.grade(f.score(votes)), g.label());
        }
    }

    @Test
    void malformedSheetsAreRefusedWithTheCellNamed() throws Exception {
        assertRefused("第2行B列：未填写测评人类别", filled("", "D", "D", "D"));
        assertRefused("第2行B列：测评人类别“群众”无法识别", filled("群众", "D", "D", "D"));
        assertRefused("第4行E列：应为“较好”，实为“良好”", edit(s -> {
            s.getRow(1).getCell(1).setCellValue("领导");
            s.getRow(ScoringSheet.HEADER_ROW).getCell(4).setCellValue("良好");
        }));
        assertRefused("第6行F列：无法识别的标记“好的”", edit(s -> {
            s.getRow(1).getCell(1).setCellValue("领导");
            s.getRow(ScoringSheet.FIRST_ROW + 1).getCell(5).setCellValue("好的");
        }));
        assertRefused("第5行A列：序号应为数字，实为“一”", edit(s -> {
            s.getRow(1).getCell(1).setCellValue("领导");
            s.getRow(ScoringSheet.FIRST_ROW).getCell(0).setCellValue("一");
        }));
        assertRefused("第6行A列：序号应为2，实为3", edit(s -> {
            s.getRow(1).getCell(1).setCellValue("领导");
            s.getRow(ScoringSheet.FIRST_ROW + 1).getCell(0).setCellValue(3);
        }));
        ScoringSheetException notExcel = assertThrows(ScoringSheetException.class, () -> read("测评.xlsx", "not a workbook".getBytes()));
        assertTrue(notExcel.getMessage().contains("不是有效的 Excel"), notExcel.getMessage());
    }

    @Test
    void sheetsOfAnotherRosterAreRefused() throws Exception {
        FilledSheet first = read("a.xlsx", filled("领导", "D", "D", "D"));
        FilledSheet renamed = read("b.xlsx", edit(s -> {
            s.getRow(1).getCell(1).setCellValue("其他与会人员");
            s.getRow(ScoringSheet.FIRST_ROW + 2).getCell(2).setCellValue("王明");
        }));
        ScoringSheetException e = assertThrows(ScoringSheetException.class, () -> ScoreCalculator.compute(List.of(first, renamed), Map.of()));
        assertEquals("b.xlsx：第7行C列：姓名“王明”与a.xlsx的“王敏”不一致", e.getMessage());
    }

    @Test
    void everydayScoresAreReadAndCheckedByCell() throws Exception {
        Map<Integer, Double> ok = EverydayScores.read("日常.xlsx", new ByteArrayInputStream(everyday("序号", "姓名", "日常考核得分", new Object[][] {{1, "刘春燕", 92.5}, {2, "刘海峰", null}})));
        assertEquals(Map.of(1, 92.5), ok);
        ScoringSheetException e = assertThrows(ScoringSheetException.class, () -> EverydayScores.read("日常.xlsx",
                new ByteArrayInputStream(everyday("序号", "姓名", "日常考核得分", new Object[][] {{1, "刘春燕", "优"}}))));
        assertEquals("日常.xlsx：第2行C列：日常考核得分应为0到100的数，实为“优”", e.getMessage());
        e = assertThrows(ScoringSheetException.class, () -> EverydayScores.read("日常.xlsx",
                new ByteArrayInputStream(everyday("序号", "姓名", "日常考核得分", new Object[][] {{1, "刘春燕", 120}}))));
        assertEquals("日常.xlsx：第2行C列：日常考核得分应在0到100之间，实为120", e.getMessage());
        e = assertThrows(ScoringSheetException.class, () -> EverydayScores.read("日常.xlsx",
                new ByteArrayInputStream(everyday("编号", "姓名", "得分", new Object[][] {{1, "刘春燕", 90}}))));
        assertTrue(e.getMessage().contains("找不到含“序号”和“日常考核得分”两列的表头"), e.getMessage());
    }

    private static byte[] everyday(String a, String b, String c, Object[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet();
            Row h = s.createRow(0);
            h.createCell(0).setCellValue(a);
            h.createCell(1).setCellValue(b);
            h.createCell(2).setCellValue(c);
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i + 1);
                for (int k = 0; k < rows[i].length; k++) {
                    Object v = rows[i][k];
                    if (v instanceof Number n) r.createCell(k).setCellValue(n.doubleValue());
                    else if (v != null) r.createCell(k).setCellValue(v.toString());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void assertRefused(String expected, byte[] sheet) {
        ScoringSheetException e = assertThrows(ScoringSheetException.class, () -> read("测评表-张三.xlsx", sheet));
        assertTrue(e.getMessage().startsWith("测评表-张三.xlsx：" + expected), e.getMessage());
    }
}
