package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.export.OverviewWorkbook;

/** The overview's routes and the extended unit history on a real server over the seeded fixture archive. */
class OverviewApiTest {
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
    void theOverviewCountsThemesRepeatsAndCommitments() throws Exception {
        Http.Answer a = http.get("/api/overview", Map.of());
        assertEquals(200, a.status(), a.body());
        JsonNode o = a.json();
        assertEquals(2022, o.get("from").asInt());
        assertEquals(2023, o.get("to").asInt());
        assertEquals(3, o.get("reports").asInt());
        JsonNode study = null;
        for (JsonNode t : o.get("themes")) if (t.get("name").asText().equals("理论学习不深")) study = t;
        assertEquals(2, study.get("count").asInt(), o.toString());
        assertEquals(1, study.at("/byYear/2022").asInt());
        assertEquals(1, study.at("/byYear/2023").asInt());
        assertEquals(study, o.at("/themes/0"), "the most common theme first");
        JsonNode r = o.at("/recurring/0");
        assertEquals("城南中学党支部", r.get("unitKey").asText());
        assertEquals(2023, r.get("year").asInt());
        assertEquals(List.of(2022, 2023), org.shuzhi.review.Json.MAPPER.convertValue(r.get("years"), List.class));
        assertEquals(1, o.at("/recurringCounts/twice").asInt());
        assertEquals(0, o.at("/recurringCounts/threeOrMore").asInt());
        JsonNode c = o.at("/commitments/0");
        assertEquals("城南中学党支部", c.get("unitKey").asText());
        assertEquals(2023, c.get("year").asInt());
        assertEquals(1, c.get("answered").asInt() + c.get("partly").asInt() + c.get("notAnswered").asInt());
        assertTrue(o.at("/coverage/problems").asInt() >= 4, o.get("coverage").toString());

        JsonNode one = http.get("/api/overview", Map.of("unit", "河湾村支部")).json();
        assertEquals("河湾村党支部", one.get("unitKey").asText());
        assertEquals(1, one.get("reports").asInt());
        assertEquals(0, one.get("recurring").size());

        Http.Answer bad = http.get("/api/overview", Map.of("from", "去年"));
        assertEquals(400, bad.status());
        assertTrue(bad.json().get("error").asText().contains("年度"), bad.body());
    }

    @Test
    void everyThemeCountLeadsToItsParagraphs() throws Exception {
        JsonNode o = http.get("/api/overview", Map.of()).json();
        for (JsonNode t : o.get("themes")) {
            JsonNode list = http.get("/api/overview/problems", Map.of("theme", t.get("name").asText())).json();
            assertEquals(t.get("count").asInt(), list.get("total").asInt(), t.toString());
            for (JsonNode p : list.get("problems")) assertEquals(t.get("name").asText(), p.get("theme").asText());
        }
        JsonNode none = http.get("/api/overview/problems", Map.of("theme", "")).json();
        assertEquals(o.at("/coverage/unthemed").asInt(), none.get("total").asInt());
        JsonNode year = http.get("/api/overview/problems", Map.of("theme", "理论学习不深", "from", "2023", "to", "2023")).json();
        assertEquals(1, year.get("total").asInt());
        assertEquals(WebFixtures.PROBLEM_2022.substring(0, 4), year.at("/problems/0/text").asText().substring(0, 4));
    }

    @Test
    void theExportIsAWorkbookOfThePagesTables() throws Exception {
        HttpResponse<byte[]> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "api/overview/export?from=2022&to=2023")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, res.statusCode());
        assertEquals(OverviewApi.XLSX, res.headers().firstValue("Content-Type").orElse(""));
        assertTrue(res.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(res.body()))) {
            assertEquals(4, wb.getNumberOfSheets());
            assertEquals("城南中学党支部", wb.getSheet(OverviewWorkbook.RECURRING).getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void theUnitHistoryGrowsThemesCommitmentsAndEachYearsReview() throws Exception {
        JsonNode h = http.get("/api/units/城南中学党支部/history", Map.of()).json();
        JsonNode y2022 = h.at("/years/0"), y2023 = h.at("/years/1");
        assertEquals("理论学习不深", y2023.at("/problems/0/theme").asText());
        assertTrue(y2023.at("/problems/0/repeated").asBoolean());
        assertEquals(0, y2022.get("commitments").size(), "no earlier report, nothing to answer");
        JsonNode c = y2023.at("/commitments/0");
        assertEquals(2022, c.get("year").asInt());
        assertTrue(c.get("text").asText().startsWith("2023年3月底前由我牵头制定支部学习计划"), c.toString());
        assertTrue(List.of("answered", "partly", "notAnswered").contains(c.get("status").asText()));
        for (JsonNode y : h.get("years")) {
            assertTrue(List.of("通过", "修改后通过", "退回修改").contains(y.at("/review/outcome").asText()), y.toString());
            assertTrue(y.at("/review/chars").asInt() > 0);
            double sum = 0;
            for (JsonNode s : y.at("/review/shares")) sum += s.asDouble();
            assertEquals(1.0, sum, 0.02);
        }
    }
}
