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

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(Example ex) {
        JsonNode e = ex.node();
        List<String[]> rows = new ArrayList<>();
        int target = -1;
        if (e.has("report")) {
            for (JsonNode row : e.get("report")) {
                String text = row.get(1).asText();
                if (text.endsWith("*")) {
                    target = rows.size();
                    text = text.substring(0, text.length() - 1);
                }
                rows.add(new String[] {row.get(0).asText(), filler(text)});
            }
        } else {
            if (e.has("before")) for (JsonNode row : e.get("before")) rows.add(new String[] {row.get(0).asText(), row.get(1).asText()});
            target = rows.size();
            rows.add(new String[] {e.get("label").asText(), e.get("text").asText()});
        }
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
        if (ex.flag()) {
            assertTrue(findings.stream().anyMatch(f -> java.util.Objects.equals(f.paragraph(), expectedAt)),
                    ex + " should be flagged at " + expectedAt + ", found " + findings);
            for (Finding f : findings) {
                assertTrue(f.message().contains("（") && f.message().length() > 20, "message names its source: " + f.message());
                assertTrue(!f.evidence().isEmpty(), "finding carries evidence: " + f);
            }
        } else {
            assertTrue(findings.isEmpty(), ex + " should not be flagged, found " + findings);
        }
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
