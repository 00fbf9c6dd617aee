package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuzhi.web.RawHttp.bytes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.cli.Main;
import org.shuzhi.review.Json;
import org.shuzhi.server.AccountStore;
import org.shuzhi.server.AuditLog;
import org.shuzhi.server.LoginThrottle;
import org.shuzhi.server.Role;
import org.shuzhi.server.ServerFolder;

/** A department's shared server: accounts, roles, sessions, throttling, audit, archive management, marks. */
class SharedServerTest {
    @TempDir
    static Path dir;
    static Archive archive;
    static WebServer server;
    static int port;
    static ServerFolder folder;

    @BeforeAll
    static void start() throws Exception {
        archive = WebFixtures.seededArchive(dir);
        folder = ServerFolder.of(archive.directory());
        AccountStore accounts = AccountStore.open(folder);
        accounts.put("admin", Role.ADMIN, "admin-password");
        accounts.put("reader", Role.REVIEWER, "reader-password");
        accounts.put("keeper", Role.ARCHIVIST, "keeper-password");
        server = WebServer.start(WebOptions.forArchive("127.0.0.1", 0, Set.of(), archive.directory()), CompletableFuture.completedFuture(archive));
        port = server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (archive != null) archive.close();
    }

    record Login(String cookie, String token) {
        Map<String, String> headers(Map<String, String> more) {
            Map<String, String> h = new HashMap<>(more);
            h.put("Cookie", cookie);
            h.put("Origin", "http://127.0.0.1:" + port);
            h.put(CsrfTokens.HEADER, token);
            return h;
        }
    }

    static Login login(String name, String password) throws Exception {
        String anonymousToken = Json.MAPPER.readTree(RawHttp.send(port, "GET", "/api/session", Map.of(), null).body()).get("csrfToken").asText();
        RawHttp.Answer a = RawHttp.send(port, "POST", "/api/login", Map.of("Content-Type", "application/json", "Origin",
                "http://127.0.0.1:" + port, CsrfTokens.HEADER, anonymousToken),
                Json.MAPPER.writeValueAsBytes(Map.of("name", name, "password", password)));
        assertEquals(200, a.status(), a.body());
        String setCookie = a.header("Set-Cookie");
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
        return new Login(setCookie.substring(0, setCookie.indexOf(';')), Json.MAPPER.readTree(a.body()).get("csrfToken").asText());
    }

    static RawHttp.Answer call(Login who, String method, String path, Object json) throws Exception {
        Map<String, String> h = who == null ? new HashMap<>() : who.headers(Map.of());
        if (json != null) h.put("Content-Type", "application/json");
        return RawHttp.send(port, method, path, h, json == null ? null : Json.MAPPER.writeValueAsBytes(json));
    }

    @Test
    void withoutLoginOnlySelfCheckAndItNeverQuotesTheArchive() throws Exception {
        assertEquals(401, call(null, "GET", "/api/units", null).status());
        assertEquals(401, call(null, "GET", "/api/search?q=%E5%AD%A6%E4%B9%A0", null).status());
        assertEquals(401, call(null, "DELETE", "/api/archive/河湾村党支部/2023", null).status());
        assertEquals(200, call(null, "GET", "/api/status", null).status());
        // a draft that copies 河湾村's passage: a logged-in reviewer is told, an anonymous self-check is not
        Map<String, Object> draft = Map.of("text", String.join("\n", WebFixtures.draft("城北小学党支部", 2024)));
        JsonNode anonymous = Json.MAPPER.readTree(call(null, "POST", "/api/review", draft).body());
        JsonNode reviewer = Json.MAPPER.readTree(call(login("reader", "reader-password"), "POST", "/api/review", draft).body());
        assertFalse(anonymous.toString().contains("COPIED_FROM_OTHER_REPORT"), "no other unit's text for an anonymous user");
        assertTrue(reviewer.toString().contains("COPIED_FROM_OTHER_REPORT"), reviewer.toString());
    }

    @Test
    void eachRoleMayDoItsOwnWorkAndIsToldWhatItLacks() throws Exception {
        Login reader = login("reader", "reader-password");
        assertEquals(200, call(reader, "GET", "/api/units", null).status());
        RawHttp.Answer denied = call(reader, "DELETE", "/api/archive/城南中学党支部/2022", null);
        assertEquals(403, denied.status());
        assertTrue(denied.body().contains("需要档案管理员"), denied.body());
        assertEquals(403, call(reader, "GET", "/api/audit", null).status());
        assertEquals(403, call(login("keeper", "keeper-password"), "POST", "/api/accounts",
                Map.of("name", "x", "role", "管理员", "password", "12345678")).status());
    }

    @Test
    void savedBatchesNeedAReviewerAndFilingOneNeedsAnArchivist() throws Exception {
        assertEquals(401, call(null, "GET", "/api/batches", null).status());
        assertEquals(401, call(null, "POST", "/api/batches", Map.of("name", "评议会")).status());
        Login reader = login("reader", "reader-password");
        RawHttp.Answer created = call(reader, "POST", "/api/batches", Map.of("name", "评议会"));
        assertEquals(201, created.status(), created.body());
        JsonNode batch = Json.MAPPER.readTree(created.body());
        assertEquals("reader", batch.get("createdBy").asText());
        String path = "/api/batches/" + batch.get("id").asText() + "/archive";
        RawHttp.Answer denied = call(reader, "POST", path, Map.of("reports", List.of()));
        assertEquals(403, denied.status());
        assertTrue(denied.body().contains("需要档案管理员"), denied.body());
        // an archivist passes the door and is told what the request lacks
        RawHttp.Answer empty = call(login("keeper", "keeper-password"), "POST", path, Map.of("reports", List.of()));
        assertEquals(400, empty.status(), empty.body());
    }

    @Test
    void anArchivistRemovesAReportAndTheAuditLogSaysWhoWhenWhat() throws Exception {
        Login keeper = login("keeper", "keeper-password");
        int before = archive.size();
        RawHttp.Answer removed = call(keeper, "DELETE", "/api/archive/城南中学党支部/2022", null);
        assertEquals(200, removed.status(), removed.body());
        assertEquals(before - 1, archive.size());
        assertTrue(archive.report("城南中学党支部", 2022).isEmpty());
        assertEquals(404, call(keeper, "DELETE", "/api/archive/城南中学党支部/2022", null).status());
        List<AuditLog.Entry> log = new AuditLog(folder, Clock.systemUTC()).latest(20);
        AuditLog.Entry e = log.stream().filter(x -> x.action().equals("删除报告")).findFirst().orElseThrow();
        assertEquals("keeper", e.user());
        assertEquals(2022, e.details().get("year"));
        assertNotNull(Instant.parse(e.time()));
        // the admin reads the same log over HTTP
        JsonNode viaHttp = Json.MAPPER.readTree(call(login("admin", "admin-password"), "GET", "/api/audit", null).body());
        assertTrue(viaHttp.toString().contains("删除报告"));
    }

    @Test
    void anAdministratorManagesAccountsAndAChangedPasswordEndsTheOldSessions() throws Exception {
        Login admin = login("admin", "admin-password");
        assertEquals(201, call(admin, "POST", "/api/accounts", Map.of("name", "new-reader", "role", "审阅人", "password", "first-password")).status());
        Login fresh = login("new-reader", "first-password");
        assertEquals(200, call(fresh, "GET", "/api/units", null).status());
        assertEquals(400, call(admin, "POST", "/api/accounts", Map.of("name", "new-reader", "role", "审阅人", "password", "short")).status());
        assertEquals(200, call(admin, "POST", "/api/accounts", Map.of("name", "new-reader", "role", "审阅人", "password", "second-password")).status());
        assertEquals(401, call(fresh, "GET", "/api/units", null).status(), "the old session ended with the old password");
        assertEquals(200, call(admin, "DELETE", "/api/accounts/new-reader", null).status());
        // stored beside the archive: a new store (a restart) reads the same accounts
        assertTrue(AccountStore.open(folder).find("new-reader").isEmpty());
        assertTrue(AccountStore.open(folder).find("reader").isPresent());
        assertFalse(Files.readString(folder.dir().resolve("accounts.json")).contains("reader-password"), "only hashes are stored");
    }

    @Test
    void aPageTokenBelongsToItsSession() throws Exception {
        Login reader = login("reader", "reader-password");
        String anonymousToken = Json.MAPPER.readTree(RawHttp.send(port, "GET", "/api/session", Map.of(), null).body()).get("csrfToken").asText();
        Map<String, String> h = new HashMap<>(reader.headers(Map.of("Content-Type", "application/json")));
        h.put(CsrfTokens.HEADER, anonymousToken);
        assertEquals(403, RawHttp.send(port, "POST", "/api/marks", h, bytes("{}")).status());
    }

    @Test
    void reviewersMarkFindingsTheNextReviewerSeesItAndTheRulesAreCounted() throws Exception {
        Login reader = login("reader", "reader-password");
        Map<String, Object> draft = Map.of("text", String.join("\n", WebFixtures.draft("河湾村党支部", 2023)), "unit", "河湾村党支部", "year", "2023");
        JsonNode finding = Json.MAPPER.readTree(call(reader, "POST", "/api/review", draft).body()).get(0).get("findings").get(0);
        Map<String, Object> mark = new HashMap<>(Map.of("unit", "河湾村党支部", "year", 2023, "rule", finding.get("rule").asText(),
                "mark", "误报", "note", "该段有具体数据"));
        mark.put("paragraph", finding.get("paragraph").isNull() ? null : finding.get("paragraph").asInt());
        assertEquals(201, call(reader, "POST", "/api/marks", mark).status());
        JsonNode again = Json.MAPPER.readTree(call(login("keeper", "keeper-password"), "POST", "/api/review", draft).body()).get(0).get("findings").get(0);
        assertEquals("误报", again.get("mark").get("mark").asText());
        assertEquals("reader", again.get("mark").get("user").asText());
        assertEquals(400, call(reader, "POST", "/api/marks", Map.of("unit", "河湾村党支部", "year", 2023, "rule", "NO_DATA", "mark", "不知道")).status());
        assertEquals(404, call(reader, "POST", "/api/marks", Map.of("unit", "不存在的单位", "year", 2023, "rule", "NO_DATA", "mark", "误报")).status());
        RawHttp.Answer xlsx = RawHttp.send(port, "GET", "/api/marks/rules.xlsx", reader.headers(Map.of()), null);
        assertEquals(200, xlsx.status());
        JsonNode counts = Json.MAPPER.readTree(call(reader, "GET", "/api/marks/rules", null).body());
        assertEquals(finding.get("rule").asText(), counts.get(0).get("rule").asText());
        assertEquals(1, counts.get(0).get("falseAlarms").asInt());
    }

    @Test
    void theWorkbookCountsEachRule() throws Exception {
        byte[] xlsx = org.shuzhi.export.RuleTrustWorkbook.write(List.of(new org.shuzhi.export.RuleTrustWorkbook.Row3("NO_DATA", "缺少数据事例", 3, 1)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = wb.getSheet("规则可信度").getRow(1);
            assertEquals("NO_DATA", row.getCell(0).getStringCellValue());
            assertEquals(3, (int) row.getCell(2).getNumericCellValue());
            assertEquals(0.75, row.getCell(5).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void guessingPasswordsIsSlowedDown() throws Exception {
        MutableClock clock = new MutableClock();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, t.secondsToWait("reader", "10.0.0.1"));
            t.failed("reader", "10.0.0.1");
        }
        assertEquals(30, t.secondsToWait("reader", "10.0.0.2"), "the name is throttled from any address");
        assertEquals(30, t.secondsToWait("other", "10.0.0.1"), "and the address for any name");
        clock.advance(Duration.ofSeconds(31));
        assertEquals(0, t.secondsToWait("reader", "10.0.0.1"));
        t.failed("reader", "10.0.0.1");
        assertEquals(60, t.secondsToWait("reader", "10.0.0.1"), "each further failure doubles the wait");
        t.succeeded("reader", "10.0.0.1");
        assertEquals(0, t.secondsToWait("reader", "10.0.0.1"));
        // over HTTP (a server of its own: this throttles 127.0.0.1): the sixth attempt in a row is a 429
        Path other = dir.resolve("throttled-archive");
        AccountStore.open(ServerFolder.of(other)).put("admin", Role.ADMIN, "admin-password");
        try (Archive a = Archive.open(other);
                WebServer s = WebServer.start(WebOptions.forArchive("127.0.0.1", 0, Set.of(), other), CompletableFuture.completedFuture(a))) {
            for (int i = 0; i < 5; i++) assertEquals(401, loginStatus(s.port(), "admin", "wrong-password-" + i).status());
            RawHttp.Answer slowed = loginStatus(s.port(), "admin", "admin-password");
            assertEquals(429, slowed.status());
            assertNotNull(slowed.header("Retry-After"));
            assertTrue(Json.MAPPER.readTree(slowed.body()).get("error").asText().contains("登录失败次数过多"));
        }
    }

    @Test
    void sessionsEndWhenIdleAndAfterTheirLifetime() {
        MutableClock clock = new MutableClock();
        Sessions sessions = new Sessions(clock);
        var s = sessions.create("reader");
        var req = new FakeCookieRequest(s.id());
        assertTrue(sessions.current(req).isPresent());
        clock.advance(Sessions.IDLE.minusMinutes(1));
        assertTrue(sessions.current(req).isPresent(), "a request restarts the idle clock");
        for (int i = 0; i < 11; i++) {
            clock.advance(Duration.ofMinutes(59));
            sessions.current(req);
        }
        clock.advance(Duration.ofHours(1));
        assertTrue(sessions.current(req).isEmpty(), "ended after its lifetime though used");
        var idle = sessions.create("reader");
        clock.advance(Sessions.IDLE.plusMinutes(1));
        assertTrue(sessions.current(new FakeCookieRequest(idle.id())).isEmpty());
    }

    @Test
    void aServerOtherMachinesReachRefusesToStartWithoutAnAdministrator() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute("serve", "--host", "0.0.0.0", "--port", "0", "--archive", dir.resolve("empty-archive").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("须先建立管理员账号"), err.toString());
    }

    private static RawHttp.Answer loginStatus(int port, String name, String password) throws Exception {
        String token = Json.MAPPER.readTree(RawHttp.send(port, "GET", "/api/session", Map.of(), null).body()).get("csrfToken").asText();
        return RawHttp.send(port, "POST", "/api/login", Map.of("Content-Type", "application/json", "Origin", "http://127.0.0.1:" + port,
                CsrfTokens.HEADER, token), Json.MAPPER.writeValueAsBytes(Map.of("name", name, "password", password)));
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Only the cookie of a request matters to {@link Sessions}. */
    static final class FakeCookieRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final String id;

        FakeCookieRequest(String id) {
            super((jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(
                    SharedServerTest.class.getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class},
                    (p, m, a) -> null));
            this.id = id;
        }

        @Override
        public jakarta.servlet.http.Cookie[] getCookies() {
            return new jakarta.servlet.http.Cookie[] {new jakarta.servlet.http.Cookie(Sessions.COOKIE, id)};
        }
    }
}
