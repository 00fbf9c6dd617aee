package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.export.OverviewWorkbook;
import org.shuzhi.review.Json;

/** `units`, `history` and `overview` through the real command line over an archive built by `index`. */
class OverviewCommandsTest {
    @TempDir
    static Path dir;
    static Path archive;

    static final String STUDY_2022 = "一是理论学习的系统性不强，学习多停留在读文件、记笔记，学用结合不够紧密，学习成果转化为推动工作的实效不明显。";
    static final String STUDY_2023 = "一是理论学习还不够系统深入，学习多停留在读文件、记笔记，学用结合不够紧密，学习成果转化为推动工作的实效不明显。";
    static final String PLAN_2022 = "2023年3月底前由我牵头制定《支部青年教师培养台账》，每学期与青年教师谈心谈话至少1次。";
    static final String PLAN_2022_MISSED = "2023年6月底前由我牵头建成校史陈列室党员教育基地，每季度组织党员参观学习1次。";

    @BeforeAll
    static void index() throws Exception {
        archive = dir.resolve("archive");
        write("北关中学-2022.txt", "北关中学党支部", 2022, List.of("我全年主持支委会12次，讲专题党课4次。"),
                List.of(STUDY_2022, "二是发展党员工作滞后，近两年没有发展一名青年教师入党。"), List.of(PLAN_2022, PLAN_2022_MISSED));
        write("北关中学-2023.txt", "北关中学党支部", 2023,
                List.of("3月我牵头制定了《支部青年教师培养台账》，全年与青年教师谈心谈话38人次，每学期覆盖全部青年教师。"),
                List.of(STUDY_2023), List.of("2024年由我牵头每季度组织一次专题研讨。"));
        write("南坪村-2023.txt", "南坪村党支部", 2023, List.of("我带头走访困难群众96户次。"),
                List.of("一是党员队伍老龄化，外出务工党员多，组织生活经常凑不齐人。"), List.of("2024年底前由我负责培养2名入党积极分子。"));
    }

    private static void write(String file, String unit, int year, List<String> achievements, List<String> problems, List<String> plans) throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of(year + "年度抓基层党建工作述职报告", unit + "书记 李明", "一、履职主要情况"));
        lines.addAll(achievements);
        lines.add("二、存在的问题");
        lines.addAll(problems);
        lines.add("三、下一步工作打算");
        lines.addAll(plans);
        Path p = dir.resolve(file);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("index", "--archive", archive.toString(), "--unit", unit, "--year", String.valueOf(year), p.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void unitsListsEveryUnitWithItsYears() throws Exception {
        CliRun text = CliRun.of("units", "--archive", archive.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("共 2 个单位"), text.out());
        assertTrue(text.out().contains("北关中学党支部\t2022年、2023年"), text.out());
        JsonNode json = Json.MAPPER.readTree(CliRun.of("units", "--archive", archive.toString(), "--format", "json").out());
        assertEquals(2, json.size());
    }

    @Test
    void historyShowsRepeatsThemesAndLastYearsCommitments() throws Exception {
        CliRun text = CliRun.of("history", "--archive", archive.toString(), "北关中学支部");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("［理论学习不深］（第2次提出：2022、2023）：" + STUDY_2023), text.out());
        assertTrue(text.out().contains("［已回应］2022年度第9段：" + PLAN_2022), text.out());
        assertTrue(text.out().contains("回应（第4段）"), text.out());
        assertTrue(text.out().contains("［未回应］2022年度第10段：" + PLAN_2022_MISSED), text.out());
        assertTrue(text.out().contains("建议结论："), text.out());

        JsonNode h = Json.MAPPER.readTree(CliRun.of("history", "--archive", archive.toString(), "--format", "json", "北关中学党支部").out());
        JsonNode y2023 = h.at("/years/1");
        assertEquals(2023, y2023.get("year").asInt());
        assertEquals(List.of(2022, 2023), Json.MAPPER.convertValue(y2023.at("/problems/0/years"), List.class));
        assertEquals("理论学习不深", y2023.at("/problems/0/theme").asText());
        assertEquals("answered", y2023.at("/commitments/0/status").asText());
        assertEquals(3, y2023.at("/commitments/0/answer/paragraph").asInt());
        assertEquals("notAnswered", y2023.at("/commitments/1/status").asText());
        assertTrue(y2023.at("/commitments/1/answer").isNull());
        // the review of the year: its shares add up, and the unanswered commitment is one of its findings
        assertTrue(y2023.at("/review/shares/problem").asDouble() > 0);
        assertEquals(1, y2023.at("/review/rules/COMMITMENT_NOT_ADDRESSED").asInt(), y2023.toString());
        assertTrue(y2023.at("/review/findings/total").asInt() >= y2023.at("/review/findings/warning").asInt());

        CliRun none = CliRun.of("history", "--archive", archive.toString(), "没有这个单位");
        assertEquals(1, none.code());
        assertTrue(none.err().contains("档案库中没有该单位的报告"), none.err());
    }

    @Test
    void overviewAsTextJsonAndAWorkbookOfEveryTable() throws Exception {
        CliRun text = CliRun.of("overview", "--archive", archive.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("总体情况 2022–2023 年度（全部单位）：报告 3 份"), text.out());
        assertTrue(text.out().contains("反复出现的问题：2 个年度 1 条（1 个单位）"), text.out());
        assertTrue(text.out().contains("北关中学党支部 2023年度第6段［理论学习不深］（2022、2023）"), text.out());
        assertTrue(text.out().contains("已回应 1 项，部分回应 0 项，未回应 1 项"), text.out());

        JsonNode o = Json.MAPPER.readTree(CliRun.of("overview", "--archive", archive.toString(), "--format", "json", "--from", "2023").out());
        assertEquals(2023, o.get("from").asInt());
        assertEquals(0, o.get("recurring").size(), "one year holds no problem raised in two");
        assertEquals(1, o.at("/commitments/0/notAnswered").asInt());

        Path xlsx = dir.resolve("总体情况.xlsx");
        CliRun written = CliRun.of("overview", "--archive", archive.toString(), "--format", "xlsx", "--out", xlsx.toString());
        assertEquals(0, written.code(), written.err());
        JsonNode all = Json.MAPPER.readTree(CliRun.of("overview", "--archive", archive.toString(), "--format", "json").out());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of(OverviewWorkbook.SUMMARY, OverviewWorkbook.THEMES, OverviewWorkbook.RECURRING, OverviewWorkbook.COMMITMENTS),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            Sheet themes = wb.getSheet(OverviewWorkbook.THEMES);
            assertEquals("2022年", themes.getRow(0).getCell(2).getStringCellValue());
            for (int i = 0; i < all.get("themes").size(); i++) {
                Row r = themes.getRow(i + 1);
                assertEquals(all.at("/themes/" + i + "/name").asText(), r.getCell(0).getStringCellValue());
                assertEquals(all.at("/themes/" + i + "/count").asInt(), (int) r.getCell(1).getNumericCellValue());
            }
            Sheet recurring = wb.getSheet(OverviewWorkbook.RECURRING);
            assertEquals("北关中学党支部", recurring.getRow(1).getCell(0).getStringCellValue());
            assertEquals("2022、2023", recurring.getRow(1).getCell(4).getStringCellValue());
            assertEquals(STUDY_2023, recurring.getRow(1).getCell(6).getStringCellValue());
            Sheet commitments = wb.getSheet(OverviewWorkbook.COMMITMENTS);
            assertEquals(1, (int) commitments.getRow(1).getCell(4).getNumericCellValue());
        }

        CliRun noFile = CliRun.of("overview", "--archive", archive.toString(), "--format", "xlsx");
        assertEquals(2, noFile.code());
        assertTrue(noFile.err().contains("--out"), noFile.err());
        CliRun noArchive = CliRun.of("overview", "--archive", dir.resolve("nowhere").toString());
        assertEquals(1, noArchive.code());
        assertTrue(noArchive.err().contains("档案库不存在"), noArchive.err());
    }
}
