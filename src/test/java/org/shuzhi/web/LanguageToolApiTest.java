package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.review.Json;
import org.shuzhi.review.TextScope;

/**
 * LanguageTool's protocol on a real server: the spans {@code /v2/check} answers are the spans the
 * self-check marks ({@code POST /api/review}), in UTF-16 units of the text as sent, with or without markup.
 */
class LanguageToolApiTest {
    @TempDir
    static Path dir;
    static Archive archive;
    static WebServer server;
    static Http http;
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** Weak corpus reports of different shapes: inline lead phrases, 1./（1） numbering, a village, a company. */
    static final List<String> REPORTS = List.of("chengdong-xiaoxue-2020", "chengdong-xiaoxue-2022", "liuxi-cun-2019",
            "hengda-jixie-2023");

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

    record Answer(int status, String contentType, String body) {
        JsonNode json() throws Exception {
            return Json.MAPPER.readTree(body);
        }
    }

    /** Posts a form as LibreOffice does: application/x-www-form-urlencoded, UTF-8 percent-encoded. */
    static Answer check(Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        for (var e : form.entrySet()) {
            if (body.length() > 0) body.append('&');
            body.append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + "v2/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static String text(String id) {
        return Corpus.bundled().text(id);
    }

    /** A match's place and rule: "offset+length RULE". */
    static TreeSet<String> spans(JsonNode matches) {
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode m : matches) out.add(m.get("offset").asInt() + "+" + m.get("length").asInt() + " " + m.at("/rule/id").asText());
        return out;
    }

    /**
     * The spans the self-check marks, placed in the sent text by finding each paragraph there in turn: a
     * finding's span within its paragraph, the paragraph for one about it as a whole, the first paragraph
     * (the title) for one about the whole report.
     */
    static TreeSet<String> selfCheckSpans(String text) throws Exception {
        ObjectNode body = Json.MAPPER.createObjectNode().put("text", text);
        Http.Answer a = http.postJson("/api/review", body.toString());
        assertEquals(200, a.status(), a.body());
        JsonNode review = a.json().get(0);
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (JsonNode p : review.get("paragraphs")) {
            at = text.indexOf(p.get("text").asText(), at);
            assertTrue(at >= 0, "paragraph not in the text: " + p.get("text").asText());
            starts.add(at);
            at += p.get("text").asText().length();
        }
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode f : review.get("findings")) {
            int i = f.get("paragraph").isNull() ? 0 : f.get("paragraph").asInt();
            String paragraph = review.get("paragraphs").get(i).get("text").asText();
            boolean whole = f.get("paragraph").isNull() || f.get("span").isNull();
            int s = whole ? 0 : f.at("/span/start").asInt(), e = whole ? paragraph.length() : f.at("/span/end").asInt();
            out.add((starts.get(i) + s) + "+" + (e - s) + " " + f.get("rule").asText());
        }
        return out;
    }

    @Test
    void languagesListChinese() throws Exception {
        Http.Answer a = http.get("/v2/languages", Map.of());
        assertEquals(200, a.status(), a.body());
        JsonNode langs = a.json();
        assertEquals(1, langs.size());
        assertEquals("zh-CN", langs.get(0).get("longCode").asText());
        assertEquals("zh", langs.get(0).get("code").asText());
        assertEquals("中文", langs.get(0).get("name").asText());
    }

    @Test
    void aWholeReportIsUnderlinedWhereTheSelfCheckMarksIt() throws Exception {
        for (String id : REPORTS) {
            String text = text(id);
            Answer a = check(Map.of("text", text, "language", "zh-CN"));
            assertEquals(200, a.status(), a.body());
            JsonNode answer = a.json();
            TreeSet<String> expected = selfCheckSpans(text);
            assertTrue(expected.size() >= 3, id + ": a weak report has findings: " + expected);
            assertEquals(expected, spans(answer.get("matches")), id);
            for (JsonNode m : answer.get("matches")) {
                int off = m.get("offset").asInt(), len = m.get("length").asInt();
                JsonNode c = m.get("context");
                String marked = c.get("text").asText().substring(c.get("offset").asInt(), c.get("offset").asInt() + len);
                assertEquals(text.substring(off, off + len).replaceAll("[\\r\\n]", " "), marked, "context of " + m);
                assertFalse(m.at("/rule/category/name").asText().isBlank());
                assertTrue(text.contains(m.get("sentence").asText()), m.get("sentence").asText());
            }
        }
    }

    @Test
    void theSameSpansWithWindowsLineEndsAndIndentedParagraphs() throws Exception {
        String text = "\r\n" + text(REPORTS.get(0)).replace("\n", "\r\n　　");
        Answer a = check(Map.of("text", text, "language", "zh-CN"));
        assertEquals(200, a.status(), a.body());
        assertEquals(selfCheckSpans(text), spans(a.json().get("matches")));
    }

    @Test
    void annotatedDataCountsOffsetsInTheOriginalMarkupIncluded() throws Exception {
        String text = text(REPORTS.get(0));
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        // what an editor's client sends: each paragraph in <p>…</p>, read as a paragraph break, emphasis skipped
        ArrayNode annotation = Json.MAPPER.createArrayNode();
        StringBuilder original = new StringBuilder();
        for (String line : lines) {
            String open = "<p class=\"正文\">", bold = "<b>", unbold = "</b>", close = "</p>";
            int cut = Math.min(4, line.length());
            annotation.addObject().put("markup", open).put("interpretAs", "\n\n");
            annotation.addObject().put("markup", bold);
            annotation.addObject().put("text", line.substring(0, cut));
            annotation.addObject().put("markup", unbold);
            annotation.addObject().put("text", line.substring(cut));
            annotation.addObject().put("markup", close);
            original.append(open).append(bold).append(line, 0, cut).append(unbold).append(line.substring(cut)).append(close);
        }
        Answer plain = check(Map.of("text", String.join("\n\n", lines), "language", "zh-CN"));
        Answer marked = check(Map.of("data", Json.MAPPER.createObjectNode().set("annotation", annotation).toString(), "language", "zh"));
        assertEquals(200, marked.status(), marked.body());
        JsonNode pm = plain.json().get("matches"), mm = marked.json().get("matches");
        assertEquals(pm.size(), mm.size());
        assertTrue(mm.size() >= 3, marked.body());
        String plainText = String.join("\n\n", lines);
        for (int i = 0; i < mm.size(); i++) {
            assertEquals(pm.get(i).at("/rule/id"), mm.get(i).at("/rule/id"));
            String expected = plainText.substring(pm.get(i).get("offset").asInt(), pm.get(i).get("offset").asInt() + pm.get(i).get("length").asInt());
            String got = original.substring(mm.get(i).get("offset").asInt(), mm.get(i).get("offset").asInt() + mm.get(i).get("length").asInt());
            assertEquals(expected, got.replaceAll("<[^>]*>", ""), "match " + i);
        }
    }

    @Test
    void aParagraphSentAloneGetsOnlyParagraphFindings() throws Exception {
        String text = text(REPORTS.get(0));
        int paragraphs = 0, matched = 0;
        for (String line : text.lines().filter(l -> !l.isBlank()).toList()) {
            Answer a = check(Map.of("text", line, "language", "zh-CN"));
            assertEquals(200, a.status(), a.body());
            for (JsonNode m : a.json().get("matches")) {
                matched++;
                assertFalse(TextScope.wholeReportRules().contains(m.at("/rule/id").asText()), m.toString());
                assertTrue(m.get("offset").asInt() + m.get("length").asInt() <= line.length(), m.toString());
            }
            paragraphs++;
        }
        assertTrue(matched > 0 && paragraphs > 5, matched + " matches in " + paragraphs + " paragraphs");
    }

    @Test
    void rulesAndCategoriesAreChosenAsLanguageToolChoosesThem() throws Exception {
        String text = text(REPORTS.get(0));
        JsonNode all = check(Map.of("text", text, "language", "zh-CN")).json().get("matches");
        Map<String, Integer> byRule = new LinkedHashMap<>();
        for (JsonNode m : all) byRule.merge(m.at("/rule/id").asText(), 1, Integer::sum);
        String first = byRule.keySet().iterator().next();

        JsonNode without = check(Map.of("text", text, "language", "zh-CN", "disabledRules", first + ",NO_SUCH_RULE")).json().get("matches");
        assertEquals(all.size() - byRule.get(first), without.size());
        without.forEach(m -> assertFalse(m.at("/rule/id").asText().equals(first)));

        JsonNode only = check(Map.of("text", text, "language", "zh-CN", "enabledRules", first, "enabledOnly", "true")).json().get("matches");
        assertEquals(byRule.get(first), only.size());

        String category = all.get(0).at("/rule/category/id").asText();
        JsonNode noCategory = check(Map.of("text", text, "language", "zh-CN", "disabledCategories", category)).json().get("matches");
        noCategory.forEach(m -> assertFalse(m.at("/rule/category/id").asText().equals(category)));
        assertTrue(noCategory.size() < all.size());
    }

    @Test
    void refusalsHaveLanguageToolsShape() throws Exception {
        Answer english = check(Map.of("text", "This is English.", "language", "en-US"));
        assertEquals(400, english.status());
        assertTrue(english.contentType().startsWith("text/plain"), english.contentType());
        assertTrue(english.body().startsWith("Error: 'en-US' is not a language code"), english.body());

        Answer none = check(Map.of("language", "zh-CN"));
        assertEquals(400, none.status());
        assertTrue(none.body().startsWith("Error: Missing 'text' or 'data'"), none.body());

        assertTrue(check(Map.of("text", "我", "data", "{}", "language", "zh-CN")).body().startsWith("Error: Set only"));
        assertTrue(check(Map.of("data", "{not json", "language", "zh-CN")).body().startsWith("Error: Could not parse JSON"));
        assertEquals(400, check(Map.of("text", "我", "language", "zh-CN", "enabledOnly", "true")).status());
        assertTrue(check(Map.of("text", "我")).body().startsWith("Error: Missing 'language'"));

        // a web page (or a browser add-on) elsewhere may not use the reviewer through this server; LibreOffice sends no Origin
        HttpResponse<String> fromPage = CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + "v2/check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://example.org")
                .POST(HttpRequest.BodyPublishers.ofString("text=x&language=zh-CN")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, fromPage.statusCode());
        assertTrue(fromPage.body().startsWith("Error: "), fromPage.body());

        Http.Answer unknown = http.get("/v2/words", Map.of());
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().startsWith("Error: "), unknown.body());
    }

    @Test
    void offsetsCountUtf16UnitsAsLibreOfficeAndJavaScriptDo() throws Exception {
        // 𠀀 (U+20000) is two UTF-16 units: a client counting code points would underline one character early
        String text = "𠀀𠀀村党支部全年开展主题党日活动XX次，党员参与率明显提高。";
        Answer a = check(Map.of("text", text, "language", "zh-CN"));
        assertEquals(200, a.status(), a.body());
        JsonNode placeholder = null;
        for (JsonNode m : a.json().get("matches")) if (m.at("/rule/id").asText().equals("PLACEHOLDER_LEFT")) placeholder = m;
        assertTrue(placeholder != null, a.body());
        int off = placeholder.get("offset").asInt(), len = placeholder.get("length").asInt();
        assertEquals(text.indexOf("XX"), off, "UTF-16 index, not code points (" + text.codePointCount(0, text.indexOf("XX")) + ")");
        assertTrue(text.substring(off, off + len).startsWith("XX"), text.substring(off, off + len));
    }

    @Test
    void anEmptyTextHasNoMatchesAndGetWorksAsPost() throws Exception {
        Answer empty = check(Map.of("text", "", "language", "auto"));
        assertEquals(200, empty.status(), empty.body());
        assertEquals(0, empty.json().get("matches").size());
        assertEquals("zh-CN", empty.json().at("/language/code").asText());

        String line = "下一步，我们将进一步加强理论学习，不断提升党建工作质量，推动各项工作再上新台阶。";
        Http.Answer get = http.get("/v2/check", Map.of("text", line, "language", "zh-CN"));
        assertEquals(200, get.status(), get.body());
        assertEquals(spans(check(Map.of("text", line, "language", "zh-CN")).json().get("matches")), spans(get.json().get("matches")));
        assertFalse(get.json().get("matches").isEmpty(), get.body());
    }
}
