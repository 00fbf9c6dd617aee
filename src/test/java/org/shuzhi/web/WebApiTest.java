package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.TestFiles;
import org.shuzhi.archive.Archive;
import org.shuzhi.cli.Main;
import org.shuzhi.review.Json;

/** The JSON API on a real server over a real archive on disk. */
class WebApiTest {
    @TempDir
    static Path dir;
    static Archive archive;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        archive = WebFixtures.seededArchive(dir);
        server = WebServer.start(0, archive);
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (archive != null) archive.close();
    }

    @Test
    void uploadAnswersExactlyWhatTheCommandLinePrints() throws Exception {
        Path docx = TestFiles.docx(dir, "城北小学.docx", WebFixtures.draft("城北小学党支部", 2024));
        Http.Answer web = http.postFiles("/api/review", List.of(docx), Map.of());
        assertEquals(200, web.status(), web.body());

        StringWriter out = new StringWriter(), err = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute("review", "--format", "json", "--archive", dir.resolve("archive").toString(), docx.toString());
        assertEquals(0, code, err.toString());

        JsonNode fromWeb = web.json(), fromCli = Json.MAPPER.readTree(out.toString());
        assertEquals(1, fromWeb.size());
        assertEquals("城北小学.docx", fromWeb.get(0).get("file").asText());
        ((ObjectNode) fromCli.get(0)).put("file", "城北小学.docx");
        assertEquals(fromCli, fromWeb);
        // the copied passage is found in the archive: the web reviewer compares with it as the CLI does
        assertTrue(fromWeb.get(0).get("findings").findValuesAsText("rule").contains("COPIED_FROM_OTHER_REPORT"), web.body());
    }

    @Test
    void pastedDraftIsReviewedWithOverridesAndNeverStored() throws Exception {
        String marker = "独一无二的草稿标记词甲乙丙";
        int before = archive.size();
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("text", String.join("\n", WebFixtures.draft("城北小学党支部", 2024, "我组织开展" + marker + "活动3次。")));
        body.put("role", "党支部书记");
        body.put("year", "2024");
        body.put("unit", "城北小学党支部");
        Http.Answer a = http.postJson("/api/review", body.toString());
        assertEquals(200, a.status(), a.body());
        JsonNode r = a.json().get(0);
        assertEquals(ReviewApi.DRAFT_NAME, r.get("file").asText());
        assertEquals("城北小学党支部", r.at("/meta/unit").asText());
        assertEquals(2024, r.at("/meta/year").asInt());
        assertEquals(WebFixtures.COPIED, r.at("/paragraphs/3/text").asText());
        assertEquals(before, archive.size());
        Http.Answer search = http.get("/api/search", Map.of("q", marker));
        assertEquals(200, search.status());
        assertFalse(search.body().contains(marker), search.body());
        assertFalse(http.get("/api/units", Map.of()).body().contains("城北小学"));
    }

    /** A user's own profile for next year's notice, written as README shows: stricter than any built-in one. */
    static final String OWN_PROFILE = String.join("\n",
            "id: town-2025",
            "name: 2025年度镇街党组织书记抓基层党建述职评议",
            "notice: 《关于做好2025年度镇街党组织书记述职评议考核的通知》",
            "length: {default: 300, roles: {党支部书记: 150}}",
            "shares: {achievement: {max: 1/5}, problem: {min: 40%}}",
            "topics:",
            "  - {name: 党纪学习教育, years: [2024], terms: [党纪学习教育]}",
            "rules: {NO_DATA: off}") + "\n";

    @Test
    void aUsersOwnProfileIsAppliedAsOnTheCommandLineAndNeverKept() throws Exception {
        Path yaml = Files.writeString(dir.resolve("town-2025.yaml"), OWN_PROFILE, StandardCharsets.UTF_8);
        Path docx = TestFiles.docx(dir, "城郊小学.docx", WebFixtures.draft("城郊小学党支部", 2024));
        int before = archive.size();
        // multipart: the profile as the file part "profile" beside the report
        Http.Answer web = http.postFiles("/api/review", List.of(docx), Map.of(), Map.of("profile", yaml));
        assertEquals(200, web.status(), web.body());

        StringWriter out = new StringWriter(), err = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute("review", "--format", "json", "--profile", yaml.toString(),
                "--archive", dir.resolve("archive").toString(), docx.toString());
        assertEquals(0, code, err.toString());
        JsonNode fromCli = Json.MAPPER.readTree(out.toString());
        ((ObjectNode) fromCli.get(0)).put("file", "城郊小学.docx");
        assertEquals(fromCli, web.json());

        JsonNode r = web.json().get(0);
        assertEquals("town-2025", r.at("/meta/profile").asText());
        List<String> rules = r.get("findings").findValuesAsText("rule");
        // its figures are the ones applied: 150 characters for the role, its topic, NO_DATA switched off
        assertTrue(rules.contains("LENGTH_OVER_LIMIT") && rules.contains("REQUIRED_TOPIC_MISSING"), rules.toString());
        assertFalse(rules.contains("NO_DATA"), rules.toString());

        // JSON: the same profile as text gives the same review of the same draft
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("text", String.join("\n", WebFixtures.draft("城郊小学党支部", 2024)));
        body.put("profileYaml", OWN_PROFILE);
        JsonNode pasted = http.postJson("/api/review", body.toString()).json().get(0);
        assertEquals(r.get("findings").findValuesAsText("rule"), pasted.get("findings").findValuesAsText("rule"));

        // the bars' limits for the role, from the same reading of the profile
        JsonNode limits = http.postJson("/api/profiles/limits",
                Json.MAPPER.createObjectNode().put("profileYaml", OWN_PROFILE).put("role", "党支部书记").toString()).json();
        assertEquals(150, limits.get("length").asInt(), limits.toString());
        assertEquals(0.2, limits.at("/shares/achievement/max").asDouble(), 1e-9);
        assertEquals("2025年度镇街党组织书记抓基层党建述职评议", limits.get("name").asText());

        assertEquals(before, archive.size());
        assertFalse(http.get("/api/profiles", Map.of()).body().contains("town-2025"), "an uploaded profile is not kept");
    }

    @Test
    void aMalformedOwnProfileIsRefusedNamingTheField() throws Exception {
        String wrong = OWN_PROFILE.replace("max: 1/5", "max: 150%");
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("text", String.join("\n", WebFixtures.draft("城郊小学党支部", 2024)));
        body.put("profileYaml", wrong);
        assertError(http.postJson("/api/review", body.toString()), 400, "「成绩部分最高占比」(shares.achievement.max)");

        Path yaml = Files.writeString(dir.resolve("坏要求.yaml"), OWN_PROFILE.replace("NO_DATA: off", "NO_DATA: sometimes"),
                StandardCharsets.UTF_8);
        Path docx = TestFiles.docx(dir, "城郊中学.docx", WebFixtures.draft("城郊中学党支部", 2024));
        Http.Answer a = http.postFiles("/api/review", List.of(docx), Map.of(), Map.of("profile", yaml));
        assertError(a, 400, "「规则 NO_DATA 的级别」(rules.NO_DATA)");
        assertTrue(a.json().get("error").asText().contains("坏要求.yaml"), a.body());
        assertError(http.postFiles("/api/profiles/limits", List.of(), Map.of(), Map.of("profile",
                Files.writeString(dir.resolve("乱.yaml"), "id: [1, 2\nname: x", StandardCharsets.UTF_8))), 400, "YAML");
        body.put("profileYaml", OWN_PROFILE);
        body.put("profile", "institute-2023");
        assertError(http.postJson("/api/review", body.toString()), 400, "只给出一种");
    }

    @Test
    void oversizedReportsAndUploadsAreRefusedNamingTheLimit() throws Exception {
        int before = archive.size();
        // a paragraph long enough to hold the pipeline for minutes: refused before any analysis
        String paragraph = "我组织开展主题党日活动，".repeat(9_000); // 99,000 characters
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("text", String.join("\n", WebFixtures.draft("城北小学党支部", 2024, paragraph)));
        assertError(http.postJson("/api/review", body.toString()), 413, "100,000 字");

        Path big = TestFiles.text(dir, "年鉴全文.txt", String.join("\n", WebFixtures.draft("城北小学党支部", 2024, paragraph)),
                StandardCharsets.UTF_8);
        Http.Answer a = http.postFiles("/api/review", List.of(big), Map.of());
        assertError(a, 413, "年鉴全文.txt");
        assertTrue(a.json().get("error").asText().contains("100,000"), a.body());
        assertError(http.postFiles("/api/archive", List.of(big), Map.of()), 413, "100,000");
        assertEquals(before, archive.size());

        // just under the limit is still reviewed
        body.put("text", String.join("\n", WebFixtures.draft("城北小学党支部", 2024, paragraph.substring(0, 90_000))));
        assertEquals(200, http.postJson("/api/review", body.toString()).status());

        // an upload over the request limit, whatever it holds
        Path huge = dir.resolve("扫描件.pdf");
        Files.write(huge, new byte[(int) (WebServer.MAX_REQUEST_MB + 1) * 1024 * 1024]);
        assertError(http.postFiles("/api/review", List.of(huge), Map.of()), 413, WebServer.MAX_REQUEST_MB + " MB");
        assertError(http.postFiles("/api/archive", List.of(huge), Map.of(), Map.of(), true), 413, WebServer.MAX_REQUEST_MB + " MB");
        assertEquals(before, archive.size());
    }

    @Test
    void badRequestsAreRefusedInChinese() throws Exception {
        assertError(http.postJson("/api/review", "{\"text\": \"  \"}"), 400, "草稿内容为空");
        assertError(http.postJson("/api/review", "{不是json"), 400, "JSON");
        assertError(http.postJson("/api/review", "{\"text\": \"述职报告\", \"profile\": \"no-such\"}"), 400, "no-such");
        assertError(http.postJson("/api/review", "{\"text\": \"述职报告\", \"year\": \"去年\"}"), 400, "年度");
        Path bin = dir.resolve("坏文件.docx");
        Files.write(bin, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        assertError(http.postFiles("/api/review", List.of(bin), Map.of()), 422, "坏文件.docx");
        assertError(http.postFiles("/api/review", List.of(), Map.of("role", "党支部书记")), 400, "至少上传");
        assertError(http.get("/api/nothing-here", Map.of()), 404, "没有这个接口");
        assertError(http.get("/api/search", Map.of()), 400, "检索词");
        assertError(http.get("/api/search", Map.of("q", "学习", "label", "praise")), 400, "段落类别");
        assertError(http.get("/api/units/没有这个单位/history", Map.of()), 404, "没有这个单位");
    }

    @Test
    void archiveAddsAllOrNothingThenSearchAndHistoryFindIt() throws Exception {
        int before = archive.size();
        // listed before the add: the unit list is kept per index reader, and a new reader must list the new unit
        assertFalse(http.get("/api/units", Map.of()).body().contains("松林社区"));
        Path good = TestFiles.docx(dir, "松林社区2023.docx", List.of(
                "2023年度抓基层党建工作述职报告", "松林社区党支部书记 何芳",
                "一、履职主要情况", "我带头建立楼栋党员责任区23个，全年组织松林夜话议事会11次。",
                "二、存在的问题", "我对流动党员管理不够到位，有5名流动党员全年参加组织生活不足2次。"));
        Path bad = Files.writeString(dir.resolve("空白.txt"), "", StandardCharsets.UTF_8);
        assertError(http.postFiles("/api/archive", List.of(good, bad), Map.of()), 422, "空白.txt");
        assertEquals(before, archive.size(), "nothing of a refused batch is stored");
        assertEquals(0, http.get("/api/search", Map.of("q", "松林夜话")).json().get("total").asInt());

        Path noUnit = TestFiles.text(dir, "无署名.txt", "述职报告\n我主持支委会12次。", StandardCharsets.UTF_8);
        assertError(http.postFiles("/api/archive", List.of(noUnit), Map.of()), 422, "单位");
        assertError(http.postJson("/api/archive", "{}"), 415, "上传");

        Http.Answer added = http.postFiles("/api/archive", List.of(good), Map.of("role", "党支部书记"));
        assertEquals(201, added.status(), added.body());
        assertEquals("松林社区党支部", added.json().at("/added/0/unitKey").asText());
        assertEquals(before + 1, archive.size());
        JsonNode units = http.get("/api/units", Map.of()).json();
        assertTrue(units.findValuesAsText("unitKey").contains("松林社区党支部"), units.toString());

        JsonNode found = http.get("/api/search", Map.of("q", "松林夜话", "year", "2023", "label", "achievement")).json();
        assertEquals(1, found.get("total").asInt(), found.toString());
        // the unit as people say it, and a year range as the command line takes it (either way round, or open)
        JsonNode said = http.get("/api/search", Map.of("q", "松林夜话", "unit", "松林社区", "from", "2024", "to", "2022")).json();
        assertEquals(1, said.get("total").asInt(), said.toString());
        assertEquals("松林社区党支部", said.at("/unit/matched/0").asText(), said.toString());
        assertEquals(1, http.get("/api/search", Map.of("q", "松林夜话", "from", "2023")).json().get("total").asInt());
        assertEquals(0, http.get("/api/search", Map.of("q", "松林夜话", "to", "2022")).json().get("total").asInt());
        JsonNode typo = http.get("/api/search", Map.of("unit", "松林社去")).json();
        assertEquals(0, typo.get("total").asInt());
        assertEquals("松林社区党支部", typo.at("/unit/suggestions/0").asText(), typo.toString());
        JsonNode hit = found.get("hits").get(0);
        for (String field : List.of("unit", "year", "paragraph", "label", "text", "highlight")) assertTrue(hit.has(field), field);
        assertEquals(3, hit.get("paragraph").asInt());
        StringBuilder marked = new StringBuilder();
        for (JsonNode m : hit.at("/highlight/marks")) {
            marked.append(hit.at("/highlight/snippet").asText(), m.get("start").asInt(), m.get("end").asInt());
        }
        assertEquals("松林夜话", marked.toString());

        JsonNode history = http.get("/api/units/松林社区支部/history", Map.of()).json();
        assertEquals("松林社区党支部", history.get("unitKey").asText());
        assertEquals(1, history.get("years").size());
        assertEquals(5, history.at("/years/0/problems/0/paragraph").asInt());
    }

    @Test
    void historyMarksTheProblemRaisedAgain() throws Exception {
        JsonNode h = http.get("/api/units/城南中学党支部/history", Map.of()).json();
        assertEquals(List.of(2022, 2023), List.of(h.at("/years/0/year").asInt(), h.at("/years/1/year").asInt()));
        JsonNode again = h.at("/years/1/problems/0");
        assertEquals(2022, again.at("/earlier/0/year").asInt(), h.toString());
        assertEquals(WebFixtures.PROBLEM_2022, again.at("/earlier/0/text").asText());
        assertTrue(h.at("/years/0/problems/0/earlier").isEmpty());
        // indexed from corpus/reports/chengnan-2022.txt: the reader sees the file's name, not the indexer's path
        assertEquals("chengnan-2022.txt", h.at("/years/0/file").asText());
    }

    @Test
    void profilesAndPagesAreServed() throws Exception {
        JsonNode profiles = http.get("/api/profiles", Map.of()).json();
        assertTrue(profiles.isArray() && profiles.size() >= 1);
        assertTrue(profiles.get(0).has("id") && profiles.get(0).has("name"));
        for (String page : List.of("/", "/selfcheck.html", "/review.html", "/archive.html", "/unit.html")) {
            Http.Answer a = http.get(page, Map.of());
            assertEquals(200, a.status(), page);
            assertTrue(a.body().contains("lang=\"zh-CN\"") && a.body().contains("述职报告评审"), page);
        }
        assertFalse(http.get("/js/common.js", Map.of()).body().isEmpty());
        // the batch table's 档案比对 column counts the catalog's archive rules
        List<String> archiveRules = new java.util.ArrayList<>();
        for (JsonNode r : http.get("/api/rules", Map.of()).json()) if (r.path("archive").asBoolean()) archiveRules.add(r.get("code").asText());
        assertEquals(List.of("COMMITMENT_NOT_ADDRESSED", "COPIED_FROM_OTHER_REPORT", "REPEATED_PROBLEM", "SELF_COPY"),
                archiveRules.stream().sorted().toList());
        // the whole-report codes of what a text is, with what their findings replace
        Map<String, JsonNode> byCode = new java.util.HashMap<>();
        for (JsonNode r : http.get("/api/rules", Map.of()).json()) byCode.put(r.get("code").asText(), r);
        assertEquals("不是述职报告", byCode.get("NOT_A_DUTY_REPORT").get("name").asText());
        assertEquals("all", byCode.get("NOT_A_DUTY_REPORT").get("supersedes").get(0).asText());
        assertTrue(byCode.get("TEXT_INCOMPLETE").get("reportLevel").asBoolean());
        assertTrue(byCode.get("TEXT_INCOMPLETE").get("supersedes").toString().contains("STRUCTURE_MISSING_PART"));
        // an unknown page answers 404 with a page in Chinese that leads back; an unknown API path stays JSON
        for (String page : List.of("/no-such-page.html", "/reviews", "/css/nothing.css")) {
            Http.Answer missing = http.get(page, Map.of());
            assertEquals(404, missing.status(), page);
            assertTrue(missing.body().contains("没有这个页面") && missing.body().contains("href=\"/selfcheck.html\""), missing.body());
        }
        assertError(http.get("/api/no-such", Map.of()), 404, "没有这个接口");
    }

    private static void assertError(Http.Answer a, int status, String contains) throws Exception {
        assertEquals(status, a.status(), a.body());
        String message = a.json().get("error").asText();
        assertTrue(message.contains(contains), message);
        assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), message);
    }
}
