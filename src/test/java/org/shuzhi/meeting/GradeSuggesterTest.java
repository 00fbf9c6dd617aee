package org.shuzhi.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Severity;

class GradeSuggesterTest {
    @TestFactory
    Stream<DynamicTest> examples() throws Exception {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/meeting/grade-examples.yaml")) {
            cases = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<DynamicTest> out = new ArrayList<>();
        for (JsonNode c : cases) {
            out.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                List<Finding> findings = new ArrayList<>();
                int paragraph = 1;
                for (JsonNode f : c.get("findings")) {
                    Severity s = Severity.of(f.get("severity").asText());
                    java.util.Map<String, Object> evidence = f.has("evidence")
                            ? new ObjectMapper().convertValue(f.get("evidence"), new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() {})
                            : java.util.Map.of();
                    String rule = f.get("rule").asText();
                    if (f.get("paragraphs").isNull()) findings.add(new Finding(rule, s, null, null, rule + "。", evidence));
                    else for (int i = 0; i < f.get("paragraphs").asInt(); i++) findings.add(new Finding(rule, s, paragraph++, null, rule + "。", evidence));
                }
                GradeSuggestion g = GradeSuggester.standard().suggest(Reviews.of("单位", "张三", findings));
                assertEquals(c.get("grade").asText(), g.grade().label(), g.toString());
            }));
        }
        return out.stream();
    }

    @Test
    void reasonsNameTheCapAndTheHeaviestRulesFirst() {
        List<Finding> findings = new ArrayList<>();
        findings.add(Reviews.finding("PLACEHOLDER_LEFT", Severity.ERROR, 2));
        for (int i = 3; i < 8; i++) findings.add(Reviews.finding("COLLECTIVE_VOICE", Severity.WARNING, i));
        findings.add(Reviews.finding("NO_DATA", Severity.WARNING, 9));
        GradeSuggestion g = GradeSuggester.standard().suggest(Reviews.of("单位", "张三", findings));
        assertEquals(Grade.AVERAGE, g.grade());
        assertEquals(List.of("预审建议“退回修改”，等次至多为“一般”", "模板残留（1处，严重）", "班子口吻（5处，提醒）", "缺少数据事例（1处，提醒）"), g.reasons());
    }

    @Test
    void distributionWarnsBelowFifteenPercent() {
        GradeSuggestion good = new GradeSuggestion(Grade.GOOD, 0, List.of()), fair = new GradeSuggestion(Grade.FAIRLY_GOOD, 3, List.of());
        List<GradeSuggestion> nine = new ArrayList<>(Collections.nCopies(9, good));
        nine.add(fair);
        GradeDistribution d = GradeSuggester.standard().distribution(nine);
        assertEquals(9, d.counts().get(Grade.GOOD));
        assertEquals(0.1, d.shareFairlyGoodOrBelow(), 1e-9);
        assertNotNull(d.warning());
        assertTrue(d.warning().contains("只有1份，占10%，不足15%"), d.warning());
        List<GradeSuggestion> enough = new ArrayList<>(Collections.nCopies(17, good));
        enough.addAll(Collections.nCopies(3, new GradeSuggestion(Grade.AVERAGE, 9, List.of())));
        assertNull(GradeSuggester.standard().distribution(enough).warning(), "3 of 20 is 15 %");
    }
}
