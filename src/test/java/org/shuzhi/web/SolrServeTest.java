package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.solr.SolrArchive;
import org.shuzhi.archive.solr.SolrConnection;
import org.shuzhi.archive.solr.SolrLocation;
import org.shuzhi.archive.solr.SolrSetup;
import org.shuzhi.bench.LocalSolrCluster;
import org.shuzhi.review.Json;
import org.shuzhi.review.Reviewers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code serve --solr} on a real SolrCloud (ZooKeeper and two Solr nodes, a collection of 2 shards × 2 replicas):
 * the real server in a process of its own, started as a user starts it, beside an embedded server over the same
 * reports. The pages' API answers alike on both; a report filed through the API (with the page's token) is searched,
 * marked and removed on the cluster, its audit line and mark kept in the {@code --state} folder; a draft is compared
 * with the cluster (the cross-report checks) and never filed; unit histories and the overview are the embedded
 * server's; a cross-site request changes nothing; a second server on the same state folder is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrServeTest {
    @TempDir
    static Path dir;

    private static LocalSolrCluster cluster;
    private static SolrArchive solr;
    private static Archive embedded;
    private static WebServer embeddedServer;
    private static ServeProcess served;
    private static Http onSolr, onEmbedded;
    private static Path state;

    @BeforeAll
    static void start() throws Exception {
        cluster = LocalSolrCluster.start(dir.resolve("cluster"), 2, "640m");
        SolrLocation location = SolrLocation.parse(cluster.zkHost(), Map.of());
        try (SolrConnection c = new SolrConnection(location)) {
            assertTrue(SolrSetup.init(c, 2, 2).created());
        }
        embedded = WebFixtures.seededArchive(dir.resolve("embedded"));
        solr = SolrArchive.open(location);
        DemoArchive.seed(solr, Reviewers.withoutArchive(), WebFixtures.corpus(dir.resolve("solr")));
        embeddedServer = WebServer.start(0, embedded);
        state = dir.resolve("state");
        long t0 = System.nanoTime();
        served = ServeProcess.start(dir.resolve("serve.log"), "--solr", cluster.zkHost(), "--port", "0", "--state", state.toString());
        // for the record (no assertion on time): from launch to the line saying it listens
        System.out.printf("serve --solr listening after %.2f s%n", (System.nanoTime() - t0) / 1e9);
        onSolr = new Http(served.url());
        onEmbedded = new Http(embeddedServer.url());
    }

    @AfterAll
    static void stop() throws Exception {
        if (served != null) served.close();
        if (embeddedServer != null) embeddedServer.close();
        if (embedded != null) embedded.close();
        if (solr != null) solr.close();
        if (cluster != null) cluster.close();
    }

    @Test
    void serveSaysWhereTheArchiveAndItsOwnDataAre() {
        String said = String.join("\n", served.lines());
        assertTrue(said.contains("档案库：SolrCloud " + cluster.zkHost() + " 集合 shuzhi（3 份报告）"), said);
        assertTrue(said.contains("服务数据（账号、审计日志、问题标记、评阅批次）：" + state.toAbsolutePath().normalize()), said);
    }

    @Test
    void unitsStatusAndSearchesAnswerAsOnTheEmbeddedArchive() throws Exception {
        assertEquals(onEmbedded.get("/api/units", Map.of()).json(), onSolr.get("/api/units", Map.of()).json());
        assertEquals(3, onSolr.get("/api/status", Map.of()).json().get("reports").asInt());
        List<Map<String, String>> searches = List.of(Map.of("q", "理论学习"), Map.of("q", "村民说事", "unit", "河湾村"),
                Map.of("label", "问题"), Map.of("q", "党员", "from", "2023", "to", "2023", "limit", "5"), Map.of("q", "党课", "unit", "城东"));
        for (Map<String, String> q : searches) {
            Http.Answer s = onSolr.get("/api/search", q), e = onEmbedded.get("/api/search", q);
            assertEquals(200, s.status(), s.body());
            assertEquals(hits(e.json()), hits(s.json()), q.toString());
            assertEquals(e.json().get("unit"), s.json().get("unit"), q.toString());
            assertTrue(s.json().get("total").asInt() > 0 || q.containsKey("unit"), q + ": a search that finds nothing proves nothing");
        }
        // for the record (no assertion on time): the same searches again, each server warm
        List<Long> solrNanos = new ArrayList<>(), embeddedNanos = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (Map<String, String> q : searches) {
                long t0 = System.nanoTime();
                onSolr.get("/api/search", q);
                long t1 = System.nanoTime();
                onEmbedded.get("/api/search", q);
                solrNanos.add(t1 - t0);
                embeddedNanos.add(System.nanoTime() - t1);
            }
        }
        solrNanos.sort(null);
        embeddedNanos.sort(null);
        System.out.printf("GET /api/search median: %.1f ms on SolrCloud, %.1f ms embedded (%d searches over HTTP, warm)%n",
                solrNanos.get(solrNanos.size() / 2) / 1e6, embeddedNanos.get(embeddedNanos.size() / 2) / 1e6, solrNanos.size());
    }

    @Test
    void aReportFiledThroughTheApiIsSearchedMarkedAndRemovedOnTheCluster() throws Exception {
        int port = served.port();
        String word = "星河湾夜校";
        byte[] report = String.join("\n", "2024年度抓基层党建工作述职报告", "星河社区党支部书记 陈晓",
                "一、履职主要情况", "我牵头开办" + word + "，全年授课24次，参训党员群众310人次。",
                "二、存在的问题", "一是对流动党员的教育管理办法不多，个别流动党员参加组织生活不经常。",
                "三、下一步工作打算", "2025年6月底前由我牵头建立流动党员联系台账，每季度联系1次。").getBytes(StandardCharsets.UTF_8);
        Multipart form = new Multipart().field("unit", "星河社区党支部").field("year", "2024").file("星河社区.txt", report);
        RawHttp.Answer added = RawHttp.send(port, "POST", "/api/archive", pageHeaders(port, form.contentType()), form.bytes());
        assertEquals(201, added.status(), added.body());
        assertEquals(4, Json.MAPPER.readTree(added.body()).get("reports").asInt());
        assertEquals(4, solr.size(), "on the cluster, committed");

        JsonNode found = onSolr.get("/api/search", Map.of("q", word)).json();
        assertEquals(1, found.get("total").asInt(), found.toString());
        assertEquals("星河社区党支部", found.at("/hits/0/unit").asText());
        assertTrue(onSolr.get("/api/units", Map.of()).json().toString().contains("星河社区党支部"));

        byte[] mark = Json.MAPPER.writeValueAsBytes(Map.of("unit", "星河社区党支部", "year", "2024", "rule", "PROBLEM_SHARE_LOW", "mark", "误报",
                "paragraph", 5, "note", "已核实为具体问题"));
        RawHttp.Answer marked = RawHttp.send(port, "POST", "/api/marks", pageHeaders(port, "application/json"), mark);
        assertEquals(201, marked.status(), marked.body());
        JsonNode marks = onSolr.get("/api/marks", Map.of("unit", "星河社区党支部", "year", "2024")).json();
        assertEquals("误报", marks.at("/0/mark").asText(), marks.toString());
        assertTrue(Files.readString(state.resolve("marks.json"), StandardCharsets.UTF_8).contains("已核实为具体问题"), "kept in --state");

        RawHttp.Answer removed = RawHttp.send(port, "DELETE", "/api/archive/" + enc("星河社区党支部") + "/2024", pageHeaders(port, null), null);
        assertEquals(200, removed.status(), removed.body());
        assertEquals(0, onSolr.get("/api/search", Map.of("q", word)).json().get("total").asInt());
        assertEquals(3, solr.size());
        String audit = Files.readString(state.resolve("audit.log"), StandardCharsets.UTF_8);
        assertTrue(audit.contains("存入报告") && audit.contains("标记问题") && audit.contains("删除报告"), audit);
    }

    @Test
    void aSavedBatchIsReviewedAgainstTheClusterAndFiledIntoIt() throws Exception {
        int port = served.port();
        RawHttp.Answer created = RawHttp.send(port, "POST", "/api/batches", pageHeaders(port, "application/json"),
                Json.MAPPER.writeValueAsBytes(Map.of("name", "2024年度述职评议会", "date", "2025-01-16")));
        assertEquals(201, created.status(), created.body());
        String id = Json.MAPPER.readTree(created.body()).get("id").asText();
        Multipart form = new Multipart().file("东湖社区.txt",
                String.join("\n", WebFixtures.draft("东湖社区党支部", 2024)).getBytes(StandardCharsets.UTF_8));
        RawHttp.Answer uploaded = RawHttp.send(port, "POST", "/api/batches/" + id + "/reports", pageHeaders(port, form.contentType()), form.bytes());
        assertEquals(201, uploaded.status(), uploaded.body());
        JsonNode report = Json.MAPPER.readTree(uploaded.body()).get("reports").get(0);
        assertTrue(report.get("review").get("findings").toString().contains("COPIED_FROM_OTHER_REPORT"), "reviewed against the cluster");
        assertTrue(Files.isDirectory(state.resolve("batches").resolve(id)), "kept in --state");

        RawHttp.Answer filed = RawHttp.send(port, "POST", "/api/batches/" + id + "/archive", pageHeaders(port, "application/json"),
                Json.MAPPER.writeValueAsBytes(Map.of("reports", List.of(Map.of("id", report.get("id").asText(), "unit", "东湖社区党支部",
                        "year", "2024", "role", "党支部书记")))));
        assertEquals(201, filed.status(), filed.body());
        assertTrue(solr.report("东湖社区党支部", 2024).isPresent(), "filed on the cluster");
        assertEquals(200, RawHttp.send(port, "DELETE", "/api/archive/" + enc("东湖社区党支部") + "/2024", pageHeaders(port, null), null).status());
        assertEquals(3, solr.size());
    }

    @Test
    void aCrossSiteOrTokenlessWriteIsRefusedAndChangesNothing() throws Exception {
        int port = served.port();
        Multipart form = new Multipart().field("unit", "外站社区党支部").field("year", "2024").file("外站.txt",
                "2024年度述职报告\n外站社区党支部书记 某某\n一、履职主要情况\n我讲党课3次。".getBytes(StandardCharsets.UTF_8));
        Map<String, String> evil = new HashMap<>(pageHeaders(port, form.contentType()));
        evil.put("Origin", "http://evil.example");
        assertEquals(403, RawHttp.send(port, "POST", "/api/archive", evil, form.bytes()).status());
        Map<String, String> tokenless = new HashMap<>(pageHeaders(port, form.contentType()));
        tokenless.remove(CsrfTokens.HEADER);
        assertEquals(403, RawHttp.send(port, "POST", "/api/archive", tokenless, form.bytes()).status());
        Map<String, String> evilDelete = new HashMap<>(pageHeaders(port, null));
        evilDelete.put("Origin", "http://evil.example");
        assertEquals(403, RawHttp.send(port, "DELETE", "/api/archive/" + enc("河湾村党支部") + "/2023", evilDelete, null).status());
        assertEquals(3, solr.size());
        assertTrue(solr.report("河湾村党支部", 2023).isPresent());
    }

    @Test
    void aDraftIsComparedWithTheClusterAsWithTheEmbeddedArchiveAndNeverStored() throws Exception {
        byte[] draft = Json.MAPPER.writeValueAsBytes(Map.of("text", String.join("\n", WebFixtures.draft("城北小学党支部", 2024)),
                "unit", "城北小学党支部", "year", "2024"));
        RawHttp.Answer s = RawHttp.send(served.port(), "POST", "/api/review", pageHeaders(served.port(), "application/json"), draft);
        RawHttp.Answer e = RawHttp.send(embeddedServer.port(), "POST", "/api/review", pageHeaders(embeddedServer.port(), "application/json"), draft);
        assertEquals(200, s.status(), s.body());
        JsonNode review = Json.MAPPER.readTree(s.body());
        assertEquals(Json.MAPPER.readTree(e.body()), review);
        // the copied passage is found on the cluster: the cross-report checks ran there
        assertTrue(review.get(0).get("findings").findValuesAsText("rule").contains("COPIED_FROM_OTHER_REPORT"), s.body());
        assertEquals(3, solr.size(), "a self-check draft is never filed");
        try (var uploads = Files.list(state.resolve(WebOptions.UPLOADS))) {
            assertEquals(0, uploads.count(), "and leaves nothing in the upload folder");
        }
    }

    @Test
    void unitHistoriesAndTheOverviewAnswerAsOnTheEmbeddedArchive() throws Exception {
        List<String> paths = List.of("/api/units/" + enc("城南中学党支部") + "/history", "/api/units/" + enc("河湾村党支部") + "/history",
                "/api/overview", "/api/overview?from=2023&to=2023", "/api/overview?unit=" + enc("城南中学"),
                "/api/overview/problems", "/api/overview/problems?theme=", "/api/overview?limit=10000", "/api/overview/problems?limit=10000");
        for (String path : paths) {
            Http.Answer s = onSolr.get(path, Map.of()), e = onEmbedded.get(path, Map.of());
            assertEquals(200, s.status(), path + ": " + s.body());
            assertEquals(e.json(), s.json(), path);
        }
        JsonNode h = onSolr.get(paths.get(0), Map.of()).json();
        assertEquals(WebFixtures.PROBLEM_2022, h.at("/years/1/problems/0/earlier/0/text").asText(), "the problem raised again, found on the cluster");
        assertTrue(h.at("/years/1/review/findings/total").asInt() > 0, h.toString());
        Http.Answer xlsx = onSolr.get("/api/overview/export", Map.of());
        assertEquals(200, xlsx.status());
        assertEquals(404, onSolr.get("/api/units/" + enc("没有这个单位") + "/history", Map.of()).status());
    }

    @Test
    void aSecondServerOnTheSameStateFolderIsRefused() throws Exception {
        // an upload of the running server, waiting while its request runs: the refused one must not wipe it
        Path inFlight = Files.writeString(state.resolve(WebOptions.UPLOADS).resolve("MultiPart-in-flight.tmp"), "草稿");
        ServeProcess.Run r = ServeProcess.run(dir.resolve("second.log"), "--solr", cluster.zkHost(), "--port", "0", "--state", state.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("服务数据文件夹 " + state.toAbsolutePath().normalize() + " 正由另一个 serve 使用"), r.err());
        assertEquals(3, onSolr.get("/api/status", Map.of()).json().get("reports").asInt(), "the first one still answers");
        assertTrue(Files.exists(inFlight), "the running server's upload is left alone");
        Files.delete(inFlight);
    }

    @Test
    void theSearchPageFindsOnTheClusterInABrowser() throws Exception {
        org.openqa.selenium.chrome.ChromeDriver driver = Browser.start(dir.resolve("chromium-profile"), 1280, 900);
        try {
            ArchivePageScenario.searchAndOpenTheUnitsHistory(driver, served.url());
        } finally {
            driver.quit();
        }
    }

    /**
     * A search's hits as a reader sees them, scores to 4 places (one index and two shards add up floats apart); hits of
     * equal score in one order (Lucene orders ties by index position, which differs between one index and two shards),
     * and the ties at a cut-off limit left out (either engine may cut them differently).
     */
    private static List<String> hits(JsonNode result) {
        List<String> out = new ArrayList<>();
        JsonNode hits = result.get("hits");
        boolean cut = result.get("total").asInt() > hits.size();
        String last = hits.isEmpty() ? "" : String.format("%.4f", hits.get(hits.size() - 1).get("score").asDouble());
        for (JsonNode h : hits) {
            String score = String.format("%.4f", h.get("score").asDouble());
            if (cut && score.equals(last)) continue;
            out.add(String.format("%s|%s|%s|%d|%d|%s|%s|%s", score, h.get("unit").asText(), h.get("unitKey").asText(),
                    h.get("year").asInt(), h.get("paragraph").asInt(), h.get("label").asText(), h.get("highlight"), h.get("file").asText()));
        }
        out.sort(java.util.Comparator.comparing((String h) -> -Double.parseDouble(h.substring(0, h.indexOf('|')))).thenComparing(h -> h));
        out.add(0, "total " + result.get("total").asInt());
        return out;
    }

    /** What this server's own page sends with a change: its origin and token. */
    private static Map<String, String> pageHeaders(int port, String contentType) throws Exception {
        String token = Json.MAPPER.readTree(RawHttp.send(port, "GET", "/api/session", Map.of(), null).body()).get("csrfToken").asText();
        Map<String, String> h = new HashMap<>(Map.of("Origin", "http://127.0.0.1:" + port, CsrfTokens.HEADER, token));
        if (contentType != null) h.put("Content-Type", contentType);
        return h;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A multipart/form-data body, as a page's form sends it. */
    private static final class Multipart {
        private final String boundary = "----shuzhi" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Multipart file(String name, byte[] content) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(body.toByteArray());
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }
}
