package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.TestFiles;
import org.shuzhi.review.Json;

class ReviewCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandAnswersHelp() {
        for (String command : List.of("review", "index", "search", "serve", "train", "train-causes", "evaluate-rules", "evaluate-archive", "bench")) {
            CliRun r = CliRun.of(command, "--help");
            assertEquals(0, r.code(), command + ": " + r.err());
            assertTrue(r.out().contains("用法：shuzhi " + command), command + ": " + r.out());
            assertTrue(r.out().contains("-h, --help") && r.out().contains("显示本帮助并退出。") && !r.out().contains("Show this help"),
                    command + ": " + r.out());
        }
        assertEquals(2, CliRun.of("review", "--no-such-option", "x.txt").code());
    }

    @Test
    void jsonFollowsTheContractForADocxWithHeadings() throws Exception {
        Path docx = TestFiles.docx(dir, "城东小学.docx", List.of(
                "2023年度抓基层党建工作述职报告", "城东小学党支部书记 王丽华",
                "一、履职主要情况", "我全年主持支委会12次、讲专题党课3次。",
                "二、存在的问题", "我对青年教师的政治引领抓得不够。",
                "三、下一步工作打算", "2024年3月底前由我牵头修订三会一课记录规范。"));
        CliRun r = CliRun.of("review", "--format", "json", "--no-archive", docx.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode arr = Json.MAPPER.readTree(r.out());
        assertEquals(1, arr.size());
        JsonNode one = arr.get(0);
        List<String> fields = iterable(one.fieldNames());
        assertEquals(List.of("file", "meta", "stats", "paragraphs", "findings", "verdict"), fields);
        assertEquals(docx.toString(), one.get("file").asText());
        assertEquals("城东小学党支部", one.at("/meta/unit").asText());
        assertEquals(2023, one.at("/meta/year").asInt());
        assertEquals("党支部书记", one.at("/meta/role").asText());
        assertTrue(one.at("/meta/profile").isTextual());
        // meta.name: additive to the contract (issue 13), the secretary's name from the byline
        assertEquals(List.of("unit", "year", "role", "name", "profile"), iterable(one.get("meta").fieldNames()));
        assertEquals("王丽华", one.at("/meta/name").asText());
        assertEquals(List.of("achievement", "problem", "plan", "other"), iterable(one.at("/stats/shares").fieldNames()));
        JsonNode ps = one.get("paragraphs");
        assertEquals(8, ps.size());
        assertEquals(List.of("index", "text", "section", "label", "confidence", "debris"), iterable(ps.get(0).fieldNames()));
        for (JsonNode p : ps) assertFalse(p.get("debris").asBoolean(), "a report without web-page debris");
        String[] sections = {"other", "other", "achievement", "achievement", "problem", "problem", "plan", "plan"};
        for (int i = 0; i < sections.length; i++) {
            assertEquals(i, ps.get(i).get("index").asInt());
            assertEquals(sections[i], ps.get(i).get("section").asText(), ps.get(i).get("text").asText());
        }
        int chars = one.at("/stats/chars").asInt();
        assertEquals(String.join("", List.of("2023年度抓基层党建工作述职报告", "城东小学党支部书记王丽华",
                "一、履职主要情况", "我全年主持支委会12次、讲专题党课3次。", "二、存在的问题", "我对青年教师的政治引领抓得不够。",
                "三、下一步工作打算", "2024年3月底前由我牵头修订三会一课记录规范。")).length(), chars);
        assertTrue(one.get("findings").isArray());
        assertTrue(List.of("通过", "修改后通过", "退回修改").contains(one.at("/verdict/outcome").asText()));
    }

    @Test
    void badFilesAreNamedAndTheOthersStillReviewed() throws Exception {
        Path good = TestFiles.text(dir, "gbk.txt", "2022年度述职报告\n我主持支委会12次。", Charset.forName("GBK"));
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        CliRun r = CliRun.of("review", "--format", "json", "--no-archive", empty.toString(), good.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("empty.txt"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        JsonNode arr = Json.MAPPER.readTree(r.out());
        assertEquals(1, arr.size());
        assertEquals("我主持支委会12次。", arr.get(0).at("/paragraphs/1/text").asText());
    }

    @Test
    void aFolderIsReviewedFileByFileAsIndexTakesIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("2023年报告/二支部"));
        TestFiles.text(dir.resolve("2023年报告"), "一支部.txt", "2023年度述职报告\n我主持支委会12次。", StandardCharsets.UTF_8);
        TestFiles.text(folder, "二支部.txt", "2023年度述职报告\n我讲专题党课3次。", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2023年报告/说明.xlsx"), "x");
        Files.writeString(folder.resolve("~$二支部.docx"), "x");
        CliRun r = CliRun.of("review", "--format", "json", "--no-archive", dir.resolve("2023年报告").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode arr = Json.MAPPER.readTree(r.out());
        assertEquals(List.of("一支部.txt", "二支部.txt"), List.of(Path.of(arr.get(0).get("file").asText()).getFileName().toString(),
                Path.of(arr.get(1).get("file").asText()).getFileName().toString()));
        assertTrue(r.err().contains("跳过：") && r.err().contains("说明.xlsx") && r.err().contains("~$二支部.docx"), r.err());

        CliRun none = CliRun.of("review", "--no-archive", Files.createDirectories(dir.resolve("空目录")).toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("没有"), none.err());
    }

    @Test
    void overridesAndTextFormat() throws Exception {
        Path f = TestFiles.text(dir, "r.txt", "述职报告\n我主持支委会12次。", java.nio.charset.StandardCharsets.UTF_8);
        CliRun r = CliRun.of("review", "--no-archive", "--unit", "桃源村党支部", "--year", "2024", "--role", "党支部书记", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("桃源村党支部") && r.out().contains("2024"), r.out());
        assertTrue(r.out().contains("跨报告检查：未运行（指定了 --no-archive）"), r.out());
        CliRun bad = CliRun.of("review", "--format", "xml", f.toString());
        assertEquals(2, bad.code());
    }

    @Test
    void aMistakeInTheProfileIsOneLineNamingTheField() throws Exception {
        Path f = TestFiles.text(dir, "r.txt", "述职报告\n我主持支委会12次。", java.nio.charset.StandardCharsets.UTF_8);
        Path yaml = Files.writeString(dir.resolve("mine.yaml"), "id: mine\nname: 我的要求\nnotice: 通知\nshares: {achievement: {max: 1.5}}\n");
        CliRun r = CliRun.of("review", "--no-archive", "--profile", yaml.toString(), f.toString(), f.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("错误：") && r.err().contains("mine.yaml") && r.err().contains("shares.achievement.max"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
        assertEquals("", r.out().strip());
    }

    @Test
    void usageErrorsAreChineseAndNameTheOption() {
        assertUsage("参数错误：缺少 FILE|DIR（用 --help 查看用法）", "review");
        assertUsage("参数错误：无法识别的选项或参数：--nope（用 --help 查看用法）", "review", "--nope", "x.txt");
        assertUsage("参数错误：--format 的值“xml”无效，应为 text 或 json（用 --help 查看用法）", "review", "--format", "xml", "x.txt");
        assertUsage("参数错误：--year 的值“20x”无效，应为整数（用 --help 查看用法）", "index", "--year", "20x", "x.txt");
        assertUsage("参数错误：--archive=DIR, --no-archive 不能同时使用（用 --help 查看用法）",
                "review", "--archive", "a", "--no-archive", "x.txt");
    }

    private static void assertUsage(String expected, String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(2, r.code(), r.err());
        assertEquals(expected, r.err().strip());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
