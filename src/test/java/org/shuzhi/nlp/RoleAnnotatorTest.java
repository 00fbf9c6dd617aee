package org.shuzhi.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;

/**
 * Runs the role annotation rules' own examples (resource nlp/role-examples.yaml), apart from the rules that
 * read the roles: an "annotated" text's 【span|ROLE】 markers are exactly what its rule sets, an "untouched"
 * text gets nothing from its rule. A failure prints the paragraph's tokens, parts of speech and roles.
 */
class RoleAnnotatorTest {
    private static final Pattern MARKER = Pattern.compile("【([^|】]+)\\|([A-Z,]+)】");

    record Example(String rule, boolean annotated, String text) {
        @Override
        public String toString() {
            return rule + (annotated ? " annotates " : " leaves alone ") + text;
        }
    }

    private static JsonNode file() throws Exception {
        try (InputStream in = RoleAnnotatorTest.class.getResourceAsStream("/nlp/role-examples.yaml")) {
            assertNotNull(in, "missing resource nlp/role-examples.yaml");
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    static Stream<Arguments> examples() throws Exception {
        List<Arguments> out = new ArrayList<>();
        JsonNode f = file();
        for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
            String rule = it.next();
            for (JsonNode e : f.get(rule).path("annotated")) out.add(Arguments.of(new Example(rule, true, e.asText())));
            for (JsonNode e : f.get(rule).path("untouched")) out.add(Arguments.of(new Example(rule, false, e.asText())));
        }
        return out.stream();
    }

    @Test
    void everyAnnotationRuleHasExamples() throws Exception {
        JsonNode f = file();
        Set<String> keys = new TreeSet<>();
        f.fieldNames().forEachRemaining(keys::add);
        assertEquals(new TreeSet<>(RoleAnnotator.RULES), keys, "rules of RoleAnnotator.RULES and of role-examples.yaml");
        for (String rule : RoleAnnotator.RULES) {
            assertFalse(f.get(rule).path("annotated").isEmpty(), rule + " has no annotated example");
            if (!rule.equals("clause-split")) assertFalse(f.get(rule).path("untouched").isEmpty(), rule + " has no untouched example");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(Example ex) {
        StringBuilder plain = new StringBuilder();
        Set<String> expected = new TreeSet<>();
        Matcher m = MARKER.matcher(ex.text());
        int last = 0;
        while (m.find()) {
            plain.append(ex.text(), last, m.start());
            int start = plain.length();
            plain.append(m.group(1));
            for (String role : m.group(2).split(",")) expected.add(start + "-" + plain.length() + " " + m.group(1) + " " + role);
            last = m.end();
        }
        plain.append(ex.text().substring(last));
        assertEquals(ex.annotated(), !expected.isEmpty(), ex + ": an annotated example needs markers, an untouched one none");

        AnalyzedParagraph p = analyze(plain.toString());
        Roles roles = p.roles();
        Set<String> actual = new TreeSet<>();
        for (Annotation a : roles.annotations()) {
            assertTrue(RoleAnnotator.RULES.contains(a.rule()), "unknown rule id " + a.rule());
            if (a.rule().equals(ex.rule())) actual.add(a.start() + "-" + a.end() + " " + a.text() + " " + a.role());
        }
        for (Clause c : roles.clauses()) {
            String span = c.start() + "-" + c.end() + " " + p.normalized().substring(c.start(), c.end()) + " ";
            if (ex.rule().equals("clause-split")) actual.add(span + "CLAUSE");
            if (ex.rule().equals("clause-split") && c.lead()) actual.add(span + "LEAD");
            if (ex.rule().equals("subject-continues") && c.inherited()) actual.add(span + "INHERITS");
            if (ex.rule().equals("size-statement") && c.fact()) actual.add(span + "FACT");
        }
        String readings = "\n" + roles.describe(p.tokens());
        if (ex.annotated()) assertEquals(expected, actual, ex + readings);
        else assertEquals(Set.of(), actual, ex + readings);
    }

    @Test
    void everyAnnotationNamesItsRuleAndItsText() {
        AnalyzedParagraph p = analyze("二是部分党员年纪偏大，学习积极性不高，我上门送学的次数少。");
        for (Annotation a : p.roles().annotations()) {
            assertEquals(p.normalized().substring(a.start(), a.end()), a.text());
            assertTrue(RoleAnnotator.RULES.contains(a.rule()), a.toString());
        }
        assertTrue(p.roles().speaksAsSelf());
        assertTrue(p.roles().describe(p.tokens()).contains("部分党员: GROUP quantified-group"), p.roles().describe(p.tokens()));
    }

    private static AnalyzedParagraph analyze(String text) {
        Report r = new Report("t", List.of(new Paragraph(0, text, false)));
        return ReportAnalyzer.analyze(r, new ReportMeta(null, null, null)).paragraphs().get(0);
    }
}
