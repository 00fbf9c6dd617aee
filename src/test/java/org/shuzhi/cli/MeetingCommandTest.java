package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.meeting.ScoreResults;
import org.shuzhi.meeting.ScoringSheet;
import org.shuzhi.meeting.SummaryWorkbook;

/** meeting and score end to end, as a reviewer runs them on a folder of reports. */
class MeetingCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFolderOfReportsBecomesEveryDocumentOfTheMeetingAndFilledSheetsAScore() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("报告"));
        for (String r : List.of("chengdong-xiaoxue-2022.txt", "hengda-jixie-2023.txt")) Files.copy(Path.of("corpus/reports", r), reports.resolve(r));
        Files.writeString(reports.resolve("说明.md"), "不是报告");
        Path out = dir.resolve("会议材料");
        CliRun r = CliRun.of("meeting", "--no-archive", "--out", out.toString(), "--name", "2023年度述职评议会", reports.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("跳过：") && r.err().contains("说明.md"), r.err());
        for (String f : List.of("汇总表.xlsx", "整改清单.xlsx", "整改清单.docx", "点评意见.docx", "测评表.xlsx",
                "批注/chengdong-xiaoxue-2022.docx", "批注/hengda-jixie-2023.docx")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(r.out().contains("建议等次："), r.out());
        try (InputStream in = Files.newInputStream(out.resolve("汇总表.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(SummaryWorkbook.SUMMARY);
            assertEquals(2, s.getLastRowNum());
            assertEquals("城东小学支部", new DataFormatter().formatCellValue(s.getRow(1).getCell(2)));
        }

        // run again with the output inside the reports' folder: last run's 批注 are not taken for reports
        Path inside = reports.resolve("会议材料");
        CliRun first = CliRun.of("meeting", "--no-archive", "--out", inside.toString(), reports.toString());
        assertEquals(0, first.code(), first.err());
        CliRun again = CliRun.of("meeting", "--no-archive", "--out", inside.toString(), reports.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("（输出目录 "), again.err());
        assertEquals(2, again.out().lines().filter(l -> l.contains("建议等次：")).count(), again.out());

        // two attendees fill the sheet: a leader marks 好 twice, another attendee 好 and 一般
        Path leader = fill(out.resolve("测评表.xlsx"), dir.resolve("领导.xlsx"), "领导", 3, 3);
        Path other = fill(out.resolve("测评表.xlsx"), dir.resolve("群众.xlsx"), "其他与会人员", 3, 5);
        Path result = dir.resolve("测评结果.xlsx");
        CliRun s = CliRun.of("score", "--out", result.toString(), leader.toString(), other.toString());
        assertEquals(0, s.code(), s.err());
        try (InputStream in = Files.newInputStream(result); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(ScoreResults.SHEET);
            // first: 0.4×100 + 0.6×100; second: 0.4×100 + 0.6×60
            assertEquals(100.0, sheet.getRow(1).getCell(ScoreResults.MEETING).getNumericCellValue(), 1e-9);
            assertEquals(76.0, sheet.getRow(2).getCell(ScoreResults.MEETING).getNumericCellValue(), 1e-9);
            assertEquals("较好", sheet.getRow(2).getCell(ScoreResults.MEETING_GRADE).getStringCellValue());
        }

        // a sheet without its group is refused, naming the cell, and nothing is computed
        Path unnamed = fill(out.resolve("测评表.xlsx"), dir.resolve("未填类别.xlsx"), "", 3, 3);
        Path refused = dir.resolve("不应生成.xlsx");
        CliRun bad = CliRun.of("score", "--out", refused.toString(), leader.toString(), unnamed.toString());
        assertEquals(1, bad.code());
        assertEquals("错误：未填类别.xlsx：第2行B列：未填写测评人类别，应填“领导”或“其他与会人员”", bad.err().strip());
        assertFalse(Files.exists(refused));
    }

    @Test
    void badInputIsRefusedInChinese() {
        CliRun missingOut = CliRun.of("meeting", "--no-archive", "x.txt");
        assertEquals(2, missingOut.code());
        assertTrue(missingOut.err().contains("缺少 --out"), missingOut.err());
        CliRun noFile = CliRun.of("meeting", "--no-archive", "--out", dir.resolve("o").toString(), dir.resolve("没有这个文件.txt").toString());
        assertEquals(1, noFile.code());
        assertTrue(noFile.err().contains("错误：") && noFile.err().contains("未生成会议材料"), noFile.err());
        CliRun noSheet = CliRun.of("score", "--out", dir.resolve("r.xlsx").toString(), dir.resolve("无.xlsx").toString());
        assertEquals(1, noSheet.code());
        assertTrue(noSheet.err().startsWith("错误：找不到文件"), noSheet.err());
        for (String command : List.of("meeting", "score")) {
            CliRun help = CliRun.of(command, "--help");
            assertEquals(0, help.code());
            assertTrue(help.out().contains("用法：shuzhi " + command), help.out());
        }
    }

    /** A copy of the blank sheet with the group in B2 and a √ in the given column (3 = 好 … 6 = 较差) of each row. */
    private static Path fill(Path blank, Path copy, String group, int... columns) throws Exception {
        try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(ScoringSheet.SHEET);
            s.getRow(ScoringSheet.GROUP_ROW).getCell(ScoringSheet.GROUP_COLUMN).setCellValue(group);
            for (int i = 0; i < columns.length; i++) s.getRow(ScoringSheet.FIRST_ROW + i).getCell(columns[i]).setCellValue("√");
            try (OutputStream out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
        }
        return copy;
    }
}
