package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleEvaluationTest {
    @Test
    void aWholeReportCodeTheAnnotationNamesIsScoredEvenIfNoRuleEmitsIt() {
        RuleEvaluation ev = new RuleEvaluation(Set.of("NOT_A_DUTY_REPORT", "COLLECTIVE_VOICE"));
        ev.expect("speech", null, "NOT_A_DUTY_REPORT");
        ev.report("speech", "not-report", List.of(), List.of("同志们："));
        RuleEvaluation.Score s = ev.scores().stream().filter(x -> x.rule().equals("NOT_A_DUTY_REPORT")).findFirst().orElseThrow();
        assertEquals(new RuleEvaluation.Score("NOT_A_DUTY_REPORT", 0, 0, 1), s);
        assertEquals(List.of(new RuleEvaluation.Key("speech", null, "NOT_A_DUTY_REPORT")), ev.falseNegatives("NOT_A_DUTY_REPORT"));
    }

    @Test
    void everyFindingOnATextThatIsNoReportIsListedButItsOwnNotices() {
        RuleEvaluation ev = new RuleEvaluation(Set.of("COLLECTIVE_VOICE"));
        ev.report("speech", "not-report", List.of(
                new RuleEvaluation.Key("speech", null, "NOT_A_DUTY_REPORT"),
                new RuleEvaluation.Key("speech", null, "STRUCTURE_MISSING_PART"),
                new RuleEvaluation.Key("speech", 3, "COLLECTIVE_VOICE")), List.of("a", "b", "c", "d"));
        ev.report("report", "good", List.of(new RuleEvaluation.Key("report", 1, "NO_DATA")), List.of("a", "b"));
        assertEquals(1, ev.nonReports());
        assertEquals(List.of(new RuleEvaluation.Key("speech", null, "STRUCTURE_MISSING_PART"),
                new RuleEvaluation.Key("speech", 3, "COLLECTIVE_VOICE")), ev.onNonReports());
        assertEquals(List.of(new RuleEvaluation.Key("report", 1, "NO_DATA")), ev.onGoodReports());
    }

    @Test
    void aFindingOnAParagraphOutsideTheAnnotationIsNamedSo() {
        RuleEvaluation ev = new RuleEvaluation(Set.of("NO_DATA"));
        ev.report("r", "weak", List.of(new RuleEvaluation.Key("r", -1, "NO_DATA")), List.of("a"));
        assertTrue(ev.snippet(ev.falsePositives("NO_DATA").get(0)).contains("未与标注对齐"));
    }
}
