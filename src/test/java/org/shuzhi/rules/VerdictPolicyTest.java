package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuzhi.review.Verdict;
import org.shuzhi.review.VerdictPolicy;

class VerdictPolicyTest {
    private static Finding f(String rule, Severity s, Integer paragraph) {
        return new Finding(rule, s, paragraph, null, "…", Map.of("x", 1));
    }

    @Test
    void outcomesAndReasonsInTheNoticesTerms() {
        assertEquals(Verdict.PASS, VerdictPolicy.decide(List.of()).outcome());
        Verdict revise = VerdictPolicy.decide(List.of(f("VAGUE_PLAN", Severity.WARNING, 12)));
        assertEquals(Verdict.REVISE, revise.outcome());
        assertTrue(revise.reasons().get(0).startsWith("五个不通过：打算措施不具体、敷衍应付（第12段）"), revise.reasons().toString());
        assertEquals(Verdict.RETURN, VerdictPolicy.decide(List.of(f("LENGTH_OVER_LIMIT", Severity.ERROR, null))).outcome());
        Verdict three = VerdictPolicy.decide(List.of(f("BLAME_OTHERS", Severity.WARNING, 8),
                f("OBJECTIVE_CAUSES_ONLY", Severity.WARNING, 9), f("DISGUISED_ACHIEVEMENT", Severity.WARNING, 10)));
        assertEquals(Verdict.RETURN, three.outcome(), "three of the 五个不通过 fail the report");
        assertTrue(three.reasons().stream().anyMatch(r -> r.startsWith("四个不能：不能以表面问题代替深层次问题")), three.reasons().toString());
    }
}
