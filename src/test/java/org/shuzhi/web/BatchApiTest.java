package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.TestFiles;
import org.shuzhi.archive.Archive;
import org.shuzhi.review.Json;
import org.shuzhi.server.AuditLog;
import org.shuzhi.server.ServerFolder;

/** Saved 评阅 batches over the real server: kept, edited, re-reviewed, filed, surviving a restart. */
class BatchApiTest {
    @TempDir
    static Path dir;
    static Archive archive;
    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        archive = WebFixtures.seededArchive(dir);
        server = startServer();
    }

    static WebServer startServer() {
        return WebServer.start(WebOptions.forArchive(WebOptions.LOOPBACK, 0, Set.of(), archive.directory()),
                CompletableFuture.completedFuture(archive));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (archive != null) archive.close();
    }

    static RawHttp.Answer call(String method, String path, Object json) throws Exception {
        return call(server, method, path, json, Map.of());
    }

    static RawHttp.Answer call(WebServer s, String method, String path, Object json, Map<String, String> headers) throws Exception {
        Map<String, String> h = new HashMap<>(headers);
        if (json != null) h.put("Content-Type", "application/json");
        return RawHttp.send(s.port(), method, path, h, json == null ? null : Json.MAPPER.writeValueAsBytes(json));
    }

    static JsonNode ok(RawHttp.Answer a, int status) throws Exception {
        assertEquals(status, a.status(), a.body());
        return Json.MAPPER.readTree(a.body());
    }

    static Path draft(String name, String unit) throws Exception {
        return TestFiles.docx(dir, name, WebFixtures.draft(unit, 2024));
    }

    static JsonNode create(String name) throws Exception {
        return ok(call("POST", "/api/batches", Map.of("name", name, "date", "2025-01-16", "profile", "institute-2023")), 201);
    }

    /** Uploads the files; answers {"added", "reports", "batch"}, the last being the batch as GET gives it after. */
    static JsonNode upload(String id, Path... files) throws Exception {
        Http.Answer a = new Http(server.url()).postFiles("/api/batches/" + id + "/reports", List.of(files), Map.of());
        assertEquals(201, a.status(), a.body());
        com.fasterxml.jackson.databind.node.ObjectNode answer = (com.fasterxml.jackson.databind.node.ObjectNode) a.json();
        assertEquals(files.length, answer.get("reports").size(), "the new reports' views");
        answer.set("batch", ok(call("GET", "/api/batches/" + id, null), 200));
        return answer;
    }

    @Test
    void aBatchIsKeptWithItsReviewsAndEditsAndSurvivesARestart() throws Exception {
        JsonNode b = create("2024年度党支部书记抓党建述职评议会");
        String id = b.get("id").asText();
        JsonNode added = upload(id, draft("城北小学.docx", "城北小学党支部"), draft("城西小学.docx", "城西小学党支部"));
        assertEquals(2, added.get("added").size());
        JsonNode batch = added.get("batch");
        assertEquals(2, batch.get("reports").size());
        JsonNode first = batch.get("reports").get(0);
        assertEquals("城北小学.docx", first.get("file").asText());
        assertEquals("institute-2023", first.get("review").get("meta").get("profile").asText());
        assertTrue(first.get("review").get("findings").toString().contains("COPIED_FROM_OTHER_REPORT"), "reviewed with the archive");
        String rid = first.get("id").asText();
        // the meeting's parts come from the stored review and facts, read back: a draft, a suggested grade
        assertTrue(first.get("error") == null, first.path("error").asText());
        assertTrue(first.get("draft").asText().length() > 20, first.get("draft").asText());
        assertTrue(List.of("好", "较好", "一般", "较差").contains(first.get("suggestion").get("grade").asText()), first.get("suggestion").toString());
        assertTrue(first.get("suggestion").get("note").asText().contains("仅供参考"));
        int counted = 0;
        for (JsonNode n : batch.get("grades").get("distribution")) counted += n.asInt();
        assertEquals(2, counted, batch.get("grades").toString());

        JsonNode edited = ok(call("PATCH", "/api/batches/" + id + "/reports/" + rid, Map.of("comment", "该同志履职认真，问题查摆还需更具体。")), 200);
        assertEquals("该同志履职认真，问题查摆还需更具体。", edited.get("comment").get("text").asText());
        ok(call("PATCH", "/api/batches/" + id, Map.of("name", "2024年度述职评议会（第一组）")), 200);

        // a restart: the same folder, a new server
        server.close();
        server = startServer();
        JsonNode listed = ok(call("GET", "/api/batches", null), 200);
        assertTrue(listed.get("batches").toString().contains("2024年度述职评议会（第一组）"), listed.toString());
        JsonNode again = ok(call("GET", "/api/batches/" + id, null), 200);
        assertEquals("2025-01-16", again.get("date").asText());
        assertEquals("该同志履职认真，问题查摆还需更具体。", again.get("reports").get(0).get("comment").get("text").asText());
        assertEquals(first.get("review").get("findings"), again.get("reports").get(0).get("review").get("findings"),
                "the stored review, not a new one");
        // the original bytes are kept as uploaded
        byte[] original = Files.readAllBytes(dir.resolve("城北小学.docx"));
        Path kept = ServerFolder.of(archive.directory()).dir().resolve("batches").resolve(id).resolve(rid + ".original");
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(kept)));

        // back to the draft
        JsonNode reset = ok(call("PATCH", "/api/batches/" + id + "/reports/" + rid, Map.of("comment", "")), 200);
        assertTrue(reset.get("comment").isNull());

        ok(call("DELETE", "/api/batches/" + id + "/reports/" + rid, null), 200);
        assertEquals(1, ok(call("GET", "/api/batches/" + id, null), 200).get("reports").size());
        ok(call("DELETE", "/api/batches/" + id, null), 200);
        RawHttp.Answer gone = call("GET", "/api/batches/" + id, null);
        assertEquals(404, gone.status());
        assertTrue(gone.body().contains("没有这批会议材料"), gone.body());
        assertFalse(Files.exists(kept.getParent()));
    }

    @Test
    void aNewProfileReviewsEveryReportAgainAndMetadataTheReviewerGivesToo() throws Exception {
        String id = create("换评审要求").get("id").asText();
        JsonNode batch = upload(id, draft("城中小学.docx", "城中小学党支部")).get("batch");
        String rid = batch.get("reports").get(0).get("id").asText();
        JsonNode changed = ok(call("PATCH", "/api/batches/" + id, Map.of("profile", "default")), 200);
        assertEquals("default", changed.get("profile").asText());
        assertEquals("default", changed.get("reports").get(0).get("review").get("meta").get("profile").asText());

        JsonNode given = ok(call("PATCH", "/api/batches/" + id + "/reports/" + rid,
                Map.of("unit", "城中小学党支部", "year", "2024", "role", "党支部书记", "name", "周文")), 200);
        assertEquals("城中小学党支部", given.get("review").get("meta").get("unit").asText());
        assertEquals("党支部书记", given.get("review").get("meta").get("role").asText());
        assertEquals("周文", given.get("given").get("name").asText());
        assertEquals(AccessControl.LOCAL_USER, given.get("given").get("user").asText());

        RawHttp.Answer unknown = call("PATCH", "/api/batches/" + id, Map.of("profile", "no-such-profile"));
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("未知的评审要求"), unknown.body());
    }

    @Test
    void filingPutsEachReportIntoTheArchiveUnderTheConfirmedUnitAndYear() throws Exception {
        String id = create("入档").get("id").asText();
        JsonNode batch = upload(id, draft("东湖社区.docx", "东湖社区党支部")).get("batch");
        String rid = batch.get("reports").get(0).get("id").asText();
        int before = archive.size();
        // nothing is filed without the reviewer confirming unit and year
        RawHttp.Answer unconfirmed = call("POST", "/api/batches/" + id + "/archive", Map.of("reports", List.of(Map.of("id", rid))));
        assertEquals(422, unconfirmed.status(), unconfirmed.body());
        assertTrue(unconfirmed.body().contains("请确认 东湖社区.docx 的单位和年度"), unconfirmed.body());
        assertEquals(before, archive.size());
        JsonNode filed = ok(call("POST", "/api/batches/" + id + "/archive", Map.of("reports",
                List.of(Map.of("id", rid, "unit", "东湖社区党支部", "year", "2024", "role", "党支部书记")))), 201);
        assertEquals(before + 1, archive.size());
        assertTrue(archive.report("东湖社区党支部", 2024).isPresent());
        JsonNode report = filed.get("batch").get("reports").get(0);
        assertEquals("东湖社区党支部", report.get("filed").get("unit").asText());
        assertEquals(2024, report.get("filed").get("year").asInt());
        List<AuditLog.Entry> log = new AuditLog(ServerFolder.of(archive.directory()), java.time.Clock.systemUTC()).latest(20);
        assertTrue(log.stream().anyMatch(e -> e.action().equals("存入报告") && "东湖社区党支部".equals(e.details().get("unit"))),
                log.toString());
    }

    @Test
    void refusalsAreInChineseAndNameTheLimit() throws Exception {
        RawHttp.Answer noName = call("POST", "/api/batches", Map.of("name", " "));
        assertEquals(400, noName.status());
        assertTrue(noName.body().contains("请填写会议名称"), noName.body());
        RawHttp.Answer longName = call("POST", "/api/batches", Map.of("name", "会".repeat(81)));
        assertEquals(400, longName.status());
        assertTrue(longName.body().contains("上限 80 字"), longName.body());
        RawHttp.Answer badDate = call("POST", "/api/batches", Map.of("name", "会", "date", "明天"));
        assertTrue(badDate.body().contains("年-月-日"), badDate.body());
        String id = create("长点评").get("id").asText();
        String rid = upload(id, draft("南山村.docx", "南山村党支部")).get("batch").get("reports").get(0).get("id").asText();
        RawHttp.Answer longComment = call("PATCH", "/api/batches/" + id + "/reports/" + rid, Map.of("comment", "好".repeat(3001)));
        assertEquals(400, longComment.status());
        assertTrue(longComment.body().contains("点评意见过长"), longComment.body());
        RawHttp.Answer traversal = call("GET", "/api/batches/..%2F..%2Faccounts", null);
        assertEquals(404, traversal.status(), traversal.body());
        Path bad = TestFiles.text(dir, "空白.txt", "", StandardCharsets.UTF_8);
        Http.Answer refused = new Http(server.url()).postFiles("/api/batches/" + id + "/reports", List.of(bad), Map.of());
        assertEquals(422, refused.status(), refused.body());
        assertEquals(1, ok(call("GET", "/api/batches/" + id, null), 200).get("reports").size(), "nothing kept of a refused upload");
    }

    @Test
    void aDamagedBatchIsNamedInChineseAndTheOthersStillLoad() throws Exception {
        String good = create("完好的一批").get("id").asText();
        String bad = create("将损坏的一批").get("id").asText();
        Path file = ServerFolder.of(archive.directory()).dir().resolve("batches").resolve(bad).resolve("batch.json");
        Files.writeString(file, "{\"format\": 1, \"id\": \"" + bad + "\", \"name\": \"半截");
        JsonNode listed = ok(call("GET", "/api/batches", null), 200);
        assertTrue(listed.get("batches").toString().contains(good));
        assertFalse(listed.get("batches").toString().contains(bad));
        JsonNode damaged = listed.get("damaged");
        assertEquals(1, damaged.size(), damaged.toString());
        assertEquals(bad, damaged.get(0).get("id").asText());
        assertTrue(damaged.get(0).get("error").asText().contains("已损坏"), damaged.toString());
        RawHttp.Answer opened = call("GET", "/api/batches/" + bad, null);
        assertEquals(500, opened.status());
        assertTrue(opened.body().contains("其他批次不受影响"), opened.body());
        assertEquals(200, call("GET", "/api/batches/" + good, null).status());
    }

    /** A page of another site, or one without the page token, changes nothing. */
    @Test
    void stateChangingRoutesWantTheOriginAndThePageToken() throws Exception {
        String id = create("凭据").get("id").asText();
        Map<String, String> foreign = Map.of("Origin", "http://evil.example", "Cookie", "x=1");
        Map<String, String> noToken = Map.of("Origin", "http://127.0.0.1:" + server.port(), "Cookie", "x=1");
        for (Map<String, String> h : List.of(foreign, noToken)) {
            assertEquals(403, call(server, "POST", "/api/batches", Map.of("name", "伪造"), h).status());
            assertEquals(403, call(server, "PATCH", "/api/batches/" + id, Map.of("name", "伪造"), h).status());
            assertEquals(403, call(server, "DELETE", "/api/batches/" + id, null, h).status());
            assertEquals(403, call(server, "POST", "/api/batches/" + id + "/reports", Map.of(), h).status());
            assertEquals(403, call(server, "POST", "/api/batches/" + id + "/archive", Map.of("reports", List.of()), h).status());
        }
        assertEquals("凭据", ok(call("GET", "/api/batches/" + id, null), 200).get("name").asText());
        String token = Json.MAPPER.readTree(call("GET", "/api/session", null).body()).get("csrfToken").asText();
        Map<String, String> page = Map.of("Origin", "http://127.0.0.1:" + server.port(), CsrfTokens.HEADER, token);
        assertEquals(200, call(server, "PATCH", "/api/batches/" + id, Map.of("name", "凭据已改"), page).status());
        assertNotNull(id);
    }

    static java.net.http.HttpResponse<byte[]> download(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + server.port() + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every document the view offers downloads, is what its name says, and carries the reviewer's edits. */
    @Test
    void everyDocumentOfTheBatchDownloadsAndCarriesTheEditedComment() throws Exception {
        String id = create("2024年度述职评议会").get("id").asText();
        JsonNode batch = upload(id, draft("城北小学.docx", "城北小学党支部"), draft("东关小学.docx", "东关小学党支部")).get("batch");
        String rid = batch.get("reports").get(0).get("id").asText();
        String edited = "请城北小学党支部书记重写第一部分，不得照搬他人报告，2025年3月底前报送。";
        ok(call("PATCH", "/api/batches/" + id + "/reports/" + rid, Map.of("comment", edited)), 200);
        batch = ok(call("GET", "/api/batches/" + id, null), 200);
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode d : batch.get("documents")) {
            names.add(d.get("name").asText());
            var r = download(d.get("url").asText());
            assertEquals(200, r.statusCode(), d.toString());
            assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("UTF-8''"), d.toString());
            String text;
            if (d.get("name").asText().endsWith(".xlsx")) {
                try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(r.body()))) {
                    text = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(wb).getText();
                }
            } else {
                try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(r.body()))) {
                    text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
                }
            }
            assertTrue(text.contains("城北小学党支部") && text.contains("东关小学党支部"), d.get("name") + ": " + text);
            if (d.get("name").asText().equals("点评意见.docx")) assertTrue(text.contains(edited), text);
        }
        assertEquals(List.of("汇总表.xlsx", "整改清单.xlsx", "整改清单.docx", "点评意见.docx", "测评表.xlsx"), names);

        JsonNode own = batch.get("reports").get(0).get("documents").get(0);
        assertEquals("城北小学.docx", own.get("name").asText());
        var annotated = download(own.get("url").asText());
        assertEquals(200, annotated.statusCode());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(annotated.body()))) {
            var comments = doc.getDocComments().getComments();
            assertTrue(comments.size() >= 2, "the 点评 and at least one finding");
            assertTrue(comments.stream().anyMatch(c -> c.getText().contains(edited)), "the edited 点评 on the title");
        }
        assertEquals(404, download("/api/batches/" + id + "/documents/" + java.net.URLEncoder.encode("别的.xlsx", StandardCharsets.UTF_8)).statusCode());
    }
}
