package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.review.Json;

/** `search` through the real command line on a real archive: paragraph numbers in text and JSON. */
class SearchCommandTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void aYearRangeIsReadEitherWayRound() {
        assertEquals(java.util.List.of(2021, 2023), java.util.List.of(SearchCommand.years("2023-2021")));
        assertEquals(java.util.List.of(2021, 2023), java.util.List.of(SearchCommand.years("2021 至 2023")));
        assertEquals(java.util.List.of(2022, 2022), java.util.List.of(SearchCommand.years("2022")));
    }

    @Test
    void textNumbersParagraphsFromOneAndJsonKeepsTheZeroBasedIndex() throws Exception {
        Path report = dir.resolve("金沙社区-2022.txt");
        Files.writeString(report, String.join("\n",
                "2022年度抓基层党建工作述职报告",
                "金沙社区党支部书记 陈晓梅",
                "一、履职主要情况",
                "我牵头组建“睦邻议事厅”，全年召集居民议事14次，解决楼道照明、电动车充电等问题21件。",
                "二、存在的问题",
                "一是网格党小组作用发挥不够，部分楼栋长兼任网格员后疲于应付报表。",
                "三、下一步工作打算",
                "2023年6月底前由我牵头修订网格党小组工作职责。"), StandardCharsets.UTF_8);
        Path archive = dir.resolve("archive");
        String[] indexed = run("index", "--archive", archive.toString(), "--unit", "金沙社区党支部", "--year", "2022", report.toString());
        assertEquals("0", indexed[0], indexed[2]);

        String[] json = run("search", "--archive", archive.toString(), "--format", "json", "睦邻议事厅");
        assertEquals("0", json[0], json[2]);
        JsonNode hit = Json.MAPPER.readTree(json[1]).at("/hits/0");
        assertEquals(3, hit.get("paragraph").asInt(), json[1]);

        String[] text = run("search", "--archive", archive.toString(), "睦邻议事厅");
        assertEquals("0", text[0], text[2]);
        assertTrue(text[1].contains("2022年度 第4段"), text[1]);

        // the part as people name it: 成绩/问题/打算, or the English id
        for (String label : new String[] {"问题", "problem", "存在问题"}) {
            String[] problems = run("search", "--archive", archive.toString(), "--format", "json", "--label", label, "网格");
            assertEquals("0", problems[0], problems[2]);
            JsonNode hits = Json.MAPPER.readTree(problems[1]).get("hits");
            assertEquals(1, hits.size(), label + ": " + problems[1]);
            assertEquals("problem", hits.get(0).get("label").asText());
        }
        String[] achievements = run("search", "--archive", archive.toString(), "--format", "json", "--label", "成绩", "网格");
        assertEquals(0, Json.MAPPER.readTree(achievements[1]).get("hits").size(), achievements[1]);
        // the unit as people say it; one the archive does not hold is said so, with the nearest
        String[] said = run("search", "--archive", archive.toString(), "--unit", "金沙社区", "睦邻议事厅");
        assertEquals("0", said[0], said[2]);
        assertTrue(said[1].startsWith("单位“金沙社区”按 金沙社区党支部 检索") && said[1].contains("共 1 条结果"), said[1]);
        String[] typo = run("search", "--archive", archive.toString(), "--unit", "金沙杜区", "睦邻议事厅");
        assertTrue(typo[1].contains("档案库中没有单位“金沙杜区”的报告。相近的单位：金沙社区党支部"), typo[1]);
        String[] wrong = run("search", "--archive", archive.toString(), "--label", "亮点", "网格");
        assertEquals("2", wrong[0]);
        assertTrue(wrong[2].contains("成绩、问题、打算"), wrong[2]);
    }
}
