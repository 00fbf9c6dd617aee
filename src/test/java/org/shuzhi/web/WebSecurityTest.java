package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuzhi.web.RawHttp.bytes;
import static org.shuzhi.web.RawHttp.concat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.review.Json;

/** The attacks of a hostile page or client, each against the real server over a real archive. */
class WebSecurityTest {
    static final String BOUNDARY = "----attack";

    @TempDir
    static Path dir;
    static Archive archive;
    static WebServer server;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        archive = WebFixtures.seededArchive(dir);
        server = WebServer.start(new WebOptions(WebOptions.LOOPBACK, 0, java.util.Set.of("shuzhi.dept.example"), dir.resolve("uploads"),
                org.shuzhi.server.ServerFolder.of(dir.resolve("server-archive"))),
                java.util.concurrent.CompletableFuture.completedFuture(archive));
        port = server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (archive != null) archive.close();
    }

    static RawHttp.Answer get(String path, Map<String, String> headers) throws Exception {
        return RawHttp.send(port, "GET", path, headers, null);
    }

    static byte[] forgedArchivePost() {
        return bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"unit\"\r\n\r\n河湾村党支部\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2023\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"forged.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n伪造的报告\n只有两行\r\n--" + BOUNDARY + "--\r\n");
    }

    static Map<String, String> multipart(Map<String, String> more) {
        Map<String, String> h = new HashMap<>(more);
        h.put("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
        return h;
    }

    @Test
    void aForeignHostNameGetsNothingPagesAndApiAlike() throws Exception {
        for (String path : List.of("/api/units", "/api/search?q=%E5%AD%A6%E4%B9%A0", "/", "/review.html")) {
            RawHttp.Answer a = get(path, Map.of("Host", "evil.example:" + port));
            assertEquals(421, a.status(), path);
            assertTrue(a.body().contains("主机名"), a.body());
            assertFalse(a.body().contains("河湾村"), "no archive content for a rebinding page");
        }
        assertEquals(421, get("/api/units", Map.of("Host", "127.0.0.1.evil.example")).status());
        assertEquals(200, get("/api/units", Map.of("Host", "localhost:" + port)).status());
        assertEquals(200, get("/api/units", Map.of("Host", "[::1]:" + port)).status());
        assertEquals(200, get("/api/units", Map.of("Host", "shuzhi.dept.example")).status(), "a configured name is answered");
    }

    @Test
    void aCrossSitePostChangesNothingWhateverItCarries() throws Exception {
        int before = archive.size();
        String text = archive.report("河湾村党支部", 2023).orElseThrow().toString();
        List<Map<String, String>> attacks = List.of(
                Map.of("Origin", "http://evil.example"),
                Map.of("Origin", "null"),
                Map.of("Origin", "http://127.0.0.1:" + (port + 1)), // another port is another origin
                Map.of("Sec-Fetch-Site", "cross-site"),
                Map.of("Referer", "http://evil.example/page.html"),
                // even with a token the origin must be ours
                Map.of("Origin", "http://evil.example", CsrfTokens.HEADER, token()));
        for (Map<String, String> h : attacks) {
            RawHttp.Answer a = RawHttp.send(port, "POST", "/api/archive", multipart(h), forgedArchivePost());
            assertEquals(403, a.status(), h + ": " + a.body());
            assertTrue(Json.MAPPER.readTree(a.body()).get("error").asText().contains("其他网站"), a.body());
        }
        RawHttp.Answer review = RawHttp.send(port, "POST", "/api/review",
                Map.of("Origin", "http://evil.example", "Content-Type", "text/plain"), bytes("{\"text\":\"我全年讲党课3次。\"}"));
        assertEquals(403, review.status(), "another site cannot make the server run reviews either");
        assertEquals(before, archive.size());
        assertEquals(text, archive.report("河湾村党支部", 2023).orElseThrow().toString());
    }

    @Test
    void ourOwnPageNeedsItsTokenScriptsNeedNone() throws Exception {
        Map<String, String> json = Map.of("Origin", "http://127.0.0.1:" + port, "Content-Type", "application/json");
        byte[] draft = bytes("{\"text\":\"我全年主持支委会12次。\"}");
        RawHttp.Answer noToken = RawHttp.send(port, "POST", "/api/review", json, draft);
        assertEquals(403, noToken.status());
        assertTrue(noToken.body().contains("刷新页面"), noToken.body());
        RawHttp.Answer wrong = RawHttp.send(port, "POST", "/api/review", with(json, CsrfTokens.HEADER, "x" + token()), draft);
        assertEquals(403, wrong.status());
        RawHttp.Answer ok = RawHttp.send(port, "POST", "/api/review", with(json, CsrfTokens.HEADER, token()), draft);
        assertEquals(200, ok.status(), ok.body());
        // same origin under localhost, and Sec-Fetch-Site alone (a browser that sent no Origin)
        assertEquals(200, RawHttp.send(port, "POST", "/api/review", Map.of("Host", "localhost:" + port, "Origin",
                "http://localhost:" + port, "Content-Type", "application/json", CsrfTokens.HEADER, token()), draft).status());
        assertEquals(200, RawHttp.send(port, "POST", "/api/review", Map.of("Sec-Fetch-Site", "same-origin",
                "Content-Type", "application/json", CsrfTokens.HEADER, token()), draft).status());
        // a script or the command line, which no web page can impersonate, as README documents
        assertEquals(200, RawHttp.send(port, "POST", "/api/review", Map.of("Content-Type", "application/json"), draft).status());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoneOpensCors() throws Exception {
        for (String path : List.of("/", "/selfcheck.html", "/js/common.js", "/api/status", "/nothing-here")) {
            RawHttp.Answer a = get(path, Map.of("Origin", "http://evil.example"));
            String csp = a.header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline")
                    && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertEquals("nosniff", a.header("X-Content-Type-Options"), path);
            assertEquals("DENY", a.header("X-Frame-Options"), path);
            assertNull(a.header("Access-Control-Allow-Origin"), path);
        }
        RawHttp.Answer preflight = RawHttp.send(port, "OPTIONS", "/api/archive", Map.of("Origin", "http://evil.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", CsrfTokens.HEADER), (byte[]) null);
        assertNull(preflight.header("Access-Control-Allow-Origin"));
        assertNull(preflight.header("Access-Control-Allow-Headers"));
        assertEquals("no-store", get("/api/status", Map.of()).header("Cache-Control"));
    }

    @Test
    void aLongUrlIsAnsweredInChinese() throws Exception {
        RawHttp.Answer a = get("/api/search?q=" + "%E5%AD%A6".repeat(3000), Map.of());
        assertEquals(414, a.status());
        assertTrue(Json.MAPPER.readTree(a.body()).get("error").asText().contains("请求地址过长"), a.body());
    }

    @Test
    void aChunkedBodyIsCountedAsItArrives() throws Exception {
        byte[] block = new byte[1024 * 1024];
        java.util.Arrays.fill(block, (byte) 'a');
        // JSON: a string that never ends, 80 MB of it, no Content-Length
        RawHttp.Answer json = RawHttp.send(port, "POST", "/api/review", Map.of("Content-Type", "application/json"),
                RawHttp.repeated(bytes("{\"text\":\""), block, 80, bytes("\"}")), -1);
        assertEquals(413, json.status(), json.body());
        assertTrue(json.body().contains("60 MB"), json.body());
        // a multipart upload of 80 MB, chunked
        RawHttp.Answer form = RawHttp.send(port, "POST", "/api/review", multipart(Map.of()),
                RawHttp.repeated(bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n"),
                        block, 80, bytes("\r\n--" + BOUNDARY + "--\r\n")), -1);
        assertEquals(413, form.status(), form.body());
        assertEquals(200, get("/api/status", Map.of()).status(), "the server is still there");
    }

    @Test
    void aLongButValidJsonDraftIsRefusedByItsLengthNotCalledInvalid() throws Exception {
        String text = "我全年主持支委会12次，讲党课3次。".repeat(1_500_000 / 17);
        RawHttp.Answer a = RawHttp.send(port, "POST", "/api/review", Map.of("Content-Type", "application/json"),
                Json.MAPPER.writeValueAsBytes(Map.of("text", text)));
        assertEquals(413, a.status(), a.body());
        assertTrue(a.body().contains("100,000"), a.body());
    }

    @Test
    void malformedFormsAreA400NamingTheProblem() throws Exception {
        record Case(String contentType, byte[] body, String expected) {}
        String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n\r\n我讲党课3次。\r\n";
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1200; i++) many.append("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"f" + i + "\"\r\n\r\nx\r\n");
        many.append("--" + BOUNDARY + "--\r\n");
        List<Case> cases = List.of(
                new Case("multipart/form-data", bytes(String.format(part, "a.txt") + "--" + BOUNDARY + "--\r\n"), "boundary"),
                new Case("multipart/form-data; boundary=" + BOUNDARY, bytes(String.format(part, "a.txt").substring(0, 60)), "不完整"),
                new Case("multipart/form-data; boundary=" + BOUNDARY, bytes(many.toString()), "部分过多"),
                new Case("multipart/form-data; boundary=" + BOUNDARY,
                        bytes(String.format(part, "长".repeat(10_000) + ".txt") + "--" + BOUNDARY + "--\r\n"), "文件名过长"),
                new Case("multipart/form-data; boundary=" + BOUNDARY,
                        bytes(String.format(part, "a\u0007b.txt") + "--" + BOUNDARY + "--\r\n"), "控制字符"));
        for (Case c : cases) {
            RawHttp.Answer a = RawHttp.send(port, "POST", "/api/review", Map.of("Content-Type", c.contentType()), c.body());
            assertEquals(400, a.status(), c.expected() + ": " + a.body());
            assertTrue(Json.MAPPER.readTree(a.body()).get("error").asText().contains(c.expected()), c.expected() + ": " + a.body());
        }
    }

    @Test
    void uploadsWaitInAPrivateFolderAndAreGoneAfterTheirRequest() throws Exception {
        Path uploads = dir.resolve("uploads");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads)));
        // over the in-memory threshold, so Jetty spools it to the folder while the request runs
        String big = "我全年主持支委会12次，讲党课3次。\n".repeat(6 * 1024 * 1024 / 40);
        RawHttp.Answer a = RawHttp.send(port, "POST", "/api/review", multipart(Map.of()),
                concat(bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"草稿.txt\"\r\n\r\n"),
                        bytes(big), bytes("\r\n--" + BOUNDARY + "--\r\n")));
        assertEquals(413, a.status(), "refused by its length after reading: " + a.body());
        try (var left = Files.list(uploads)) {
            assertEquals(0, left.count(), "nothing of the draft stays behind its request");
        }
    }

    @Test
    void leftoversOfACrashedRunAreWipedAtStart() throws Exception {
        Path uploads = dir.resolve("crashed-uploads");
        Files.createDirectories(uploads.resolve("nested"));
        Files.writeString(uploads.resolve("MultiPart123.tmp"), "一份草稿的全文");
        Files.writeString(uploads.resolve("nested/part"), "又一份");
        WebOptions.wipe(uploads);
        try (var left = Files.list(uploads)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void beyondItsCapacityTheGateAnswersBusyAtOnce() throws Exception {
        ReviewGate gate = new ReviewGate(1, 1);
        CountDownLatch running = new CountDownLatch(1), release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> {
                gate.run(() -> {
                    running.countDown();
                    release.await();
                });
                return null;
            });
            running.await();
            CountDownLatch secondIn = new CountDownLatch(1);
            Future<?> second = pool.submit(() -> {
                gate.run(secondIn::countDown);
                return null;
            });
            // the second waits for the first; a third finds the gate full
            while (!second.isDone() && secondIn.getCount() == 1 && !waiting(gate)) Thread.onSpinWait();
            ApiError busy = assertThrows(ApiError.class, () -> gate.run(() -> {}));
            assertEquals(503, busy.status());
            assertTrue(busy.retryAfterSeconds() > 0);
            assertTrue(busy.getMessage().contains("服务器繁忙"));
            release.countDown();
            first.get();
            second.get();
            assertEquals(0, secondIn.getCount());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether the gate holds a request besides the running one (the second thread got in line). */
    private static boolean waiting(ReviewGate gate) {
        return gate.admitted() >= 2;
    }

    private static String token() throws Exception {
        JsonNode s = Json.MAPPER.readTree(get("/api/session", Map.of()).body());
        return s.get("csrfToken").asText();
    }

    private static Map<String, String> with(Map<String, String> h, String k, String v) {
        Map<String, String> out = new HashMap<>(h);
        out.put(k, v);
        return out;
    }
}
