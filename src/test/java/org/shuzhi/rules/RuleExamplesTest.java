package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shuzhi.classify.Labeled;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/**
 * Runs every rule's own examples (resources rules/examples/RULE.yaml), the way LanguageTool runs the
 * &lt;example&gt; sentences of its rules: each "flag" example must produce the rule's finding on its target
 * paragraph (or on the whole report for report-level rules), each "pass" example must produce none.
 *
 * <p>Example forms: {@code {label, text, before: [[label, text]...]}} for one paragraph in context, or
 * {@code {report: [[label, text]...]}} where the target paragraph ends with "*"; "%N" stands for N
 * characters of filler. Optional: {@code profile} (built-in id), {@code role}, {@code year}; a file may
 * give {@code profile} or an inline {@code profileYaml} for all its examples.
 *
 * <p>Markers, as LanguageTool's {@code <marker>}: a "flag" example may mark the expected span of its finding
 * in the target paragraph with 【…】 ("【部分党员】年纪偏大……"); the finding's {@link Finding#span()} must then
 * be exactly that span. Examples without a marker are checked by paragraph only; "pass" examples carry no
 * marker; {@code literal: true} keeps 【】 as text. Any failure prints the target paragraph's tokens with
 * their part of speech and roles.
 */
class RuleExamplesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Example(String rule, boolean flag, int number, JsonNode node, JsonNode file) {
        @Override
        public String toString() {
            return rule + (flag ? " flags #" : " passes #") + number;
        }
    }

    static JsonNode file(String rule) throws Exception {
        try (InputStream in = RuleExamplesTest.class.getResourceAsStream("/rules/examples/" + rule + ".yaml")) {
            assertNotNull(in, "rule " + rule + " has no examples file rules/examples/" + rule + ".yaml");
            return YAML.readTree(in);
        }
    }

    static Stream<Arguments> examples() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Rule r : RuleEngine.all()) {
            JsonNode f = file(r.code());
            int i = 0;
            for (JsonNode e : f.get("flag")) out.add(Arguments.of(new Example(r.code(), true, ++i, e, f)));
            i = 0;
            for (JsonNode e : f.get("pass")) out.add(Arguments.of(new Example(r.code(), false, ++i, e, f)));
        }
        return out.stream();
    }

    @Test
    void everyRuleHasAtLeastThreeExamplesOfEachKind() throws Exception {
        for (Rule r : RuleEngine.all()) {
            JsonNode f = file(r.code());
            assertEquals(r.code(), f.get("rule").asText());
            assertTrue(f.get("flag").size() >= 3, r.code() + ": fewer than 3 examples to flag");
            assertTrue(f.get("pass").size() >= 3, r.code() + ": fewer than 3 examples to leave alone");
        }
    }

    @Test
    void aMarkerPinsTheFindingsSpan() throws Exception {
        JsonNode file = file("BLAME_OTHERS");
        JsonNode right = YAML.readTree("{label: problem, text: \"【部分党员】年纪偏大，学习积极性不高。\"}");
        example(new Example("BLAME_OTHERS", true, 0, right, file));
        JsonNode wrong = YAML.readTree("{label: problem, text: \"部分【党员】年纪偏大，学习积极性不高。\"}");
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> example(new Example("BLAME_OTHERS", true, 0, wrong, file)));
        assertTrue(e.getMessage().contains("【部分党员】年纪偏大") && e.getMessage().contains("部分/n"), e.getMessage());
        assertEquals(new Span(2, 4), Marked.of("部分【党员】年纪偏大", false).span());
        assertEquals("【x】", Marked.of("【x】", true).text());
    }

    /** Text with at most one 【…】 marker: the text without it, and the marked span or null. */
    record Marked(String text, Span span) {
        static Marked of(String text, boolean literal) {
            int open = literal ? -1 : text.indexOf('【');
            if (open < 0) return new Marked(text, null);
            int close = text.indexOf('】', open);
            assertTrue(close > open + 1, "a marker 【…】 must close and hold text: " + text);
            String plain = text.substring(0, open) + text.substring(open + 1, close) + text.substring(close + 1);
            assertTrue(plain.indexOf('【') < 0, "one marker per example (literal: true keeps 【】 as text): " + text);
            return new Marked(plain, new Span(open, close - 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(Example ex) {
        JsonNode e = ex.node();
        boolean literal = e.path("literal").asBoolean(false);
        List<String[]> rows = new ArrayList<>();
        int target = -1;
        Span marked = null;
        if (e.has("report")) {
            for (JsonNode row : e.get("report")) {
                String text = row.get(1).asText();
                boolean isTarget = text.endsWith("*");
                if (isTarget) {
                    target = rows.size();
                    text = text.substring(0, text.length() - 1);
                }
                Marked m = Marked.of(text, literal);
                assertTrue(m.span() == null || isTarget, ex + ": only the target paragraph may carry a marker");
                if (isTarget) marked = m.span();
                rows.add(new String[] {row.get(0).asText(), filler(m.text())});
            }
        } else {
            if (e.has("before")) for (JsonNode row : e.get("before")) rows.add(new String[] {row.get(0).asText(), row.get(1).asText()});
            target = rows.size();
            Marked m = Marked.of(e.get("text").asText(), literal);
            marked = m.span();
            rows.add(new String[] {e.get("label").asText(), m.text()});
        }
        assertTrue(marked == null || ex.flag(), ex + ": a marker names what is flagged; an example to leave alone has none");
        List<Paragraph> ps = new ArrayList<>();
        List<Labeled> labels = new ArrayList<>();
        for (String[] row : rows) {
            ps.add(new Paragraph(ps.size(), row[1], false));
            labels.add(new Labeled(Part.of(row[0]), 1.0));
        }
        ReportMeta meta = new ReportMeta(null, e.has("year") ? e.get("year").asInt() : null,
                e.has("role") ? e.get("role").asText() : null);
        AnalyzedReport analyzed = ReportAnalyzer.analyze(new Report("example", ps), meta);
        Profile profile = profile(e, ex.file());
        Rule rule = RuleEngine.byCode(ex.rule());
        List<Finding> findings = new RuleEngine(List.of(rule)).check(new RuleContext(analyzed, labels, profile));
        Integer expectedAt = rule.info().reportLevel() ? null : Integer.valueOf(target);
        String readings = target < 0 ? "" : "\n" + readings(analyzed.paragraphs().get(target));
        if (ex.flag()) {
            assertTrue(findings.stream().anyMatch(f -> java.util.Objects.equals(f.paragraph(), expectedAt)),
                    ex + " should be flagged at " + expectedAt + ", found " + findings + readings);
            for (Finding f : findings) {
                assertTrue(f.message().contains("（") && f.message().length() > 20, "message names its source: " + f.message());
                assertTrue(!f.evidence().isEmpty(), "finding carries evidence: " + f);
            }
            if (marked != null) {
                Span expected = marked;
                List<Span> spans = findings.stream().filter(f -> java.util.Objects.equals(f.paragraph(), expectedAt)).map(Finding::span).toList();
                assertTrue(spans.contains(expected), ex + ": the finding should mark " + show(rows.get(target)[1], expected)
                        + ", it marks " + spans.stream().map(sp -> show(rows.get(expectedAt)[1], sp)).toList() + readings);
            }
        } else {
            assertTrue(findings.isEmpty(), ex + " should not be flagged, found " + findings + readings);
        }
    }

    /** The paragraph's tokens with part of speech and roles, as LanguageTool prints a sentence's readings. */
    private static String readings(org.shuzhi.nlp.AnalyzedParagraph p) {
        return p.roles().describe(p.tokens());
    }

    /** A span shown in its text: "【部分党员】年纪偏大…", or "whole paragraph" for none. */
    private static String show(String text, Span span) {
        if (span == null) return "the whole paragraph";
        return text.substring(0, span.start()) + "【" + text.substring(span.start(), span.end()) + "】" + text.substring(span.end());
    }

    private static Profile profile(JsonNode e, JsonNode file) {
        if (e.has("profile")) return Profiles.resolve(e.get("profile").asText());
        if (file.has("profileYaml")) return ProfileReader.read("example", file.get("profileYaml").asText());
        if (file.has("profile")) return Profiles.resolve(file.get("profile").asText());
        return Profiles.resolve(null);
    }

    /** "%1100": 1,100 characters of plain text (no figures, so only the length matters). */
    private static String filler(String text) {
        if (!text.matches("%\\d+")) return text;
        int n = Integer.parseInt(text.substring(1));
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) sb.append("我认真履行职责。");
        return sb.substring(0, n);
    }
}
