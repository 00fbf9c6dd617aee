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
        assertTrue(revise.reasons().get(0).startsWith("五个不通过：打算措施不具体、敷衍应付（第13段）"), revise.reasons().toString()); // index 12 is the 13th paragraph to a reader
        assertEquals(Verdict.RETURN, VerdictPolicy.decide(List.of(f("LENGTH_OVER_LIMIT", Severity.ERROR, null))).outcome());
        Verdict three = VerdictPolicy.decide(List.of(f("BLAME_OTHERS", Severity.WARNING, 8),
                f("OBJECTIVE_CAUSES_ONLY", Severity.WARNING, 9), f("DISGUISED_ACHIEVEMENT", Severity.WARNING, 10)));
        assertEquals(Verdict.RETURN, three.outcome(), "three of the 五个不通过 fail the report");
        assertTrue(three.reasons().stream().anyMatch(r -> r.startsWith("两个必须：必须准确查找存在的问题和不足")), three.reasons().toString());
    }

    @Test
    void archiveFindingsGiveReasonsInTheNoticesTerms() {
        Verdict repeated = VerdictPolicy.decide(List.of(f("REPEATED_PROBLEM", Severity.WARNING, 9)));
        assertEquals(Verdict.REVISE, repeated.outcome());
        assertEquals(List.of("四个不能：不能以表面问题代替深层次问题（第10段）", "其他：问题“年年述、年年改、年年在”（第10段）"), repeated.reasons());
        Verdict copied = VerdictPolicy.decide(List.of(f("COPIED_FROM_OTHER_REPORT", Severity.ERROR, 4)));
        assertEquals(Verdict.RETURN, copied.outcome(), "a copied passage is an error by default");
        assertTrue(copied.reasons().contains("两个必须：必须如实反映履行抓党建工作情况（第5段）"), copied.reasons().toString());
        Verdict commitment = VerdictPolicy.decide(List.of(f("COMMITMENT_NOT_ADDRESSED", Severity.WARNING, null)));
        assertEquals(List.of("五个不通过：规定内容没述到位（全文）"), commitment.reasons());
    }

    @Test
    void aWholeReportReasonSaysWhatWasFoundAndParagraphsFollow() {
        Finding missing = new Finding("STRUCTURE_MISSING_PART", Severity.ERROR, null, null, "…", Map.of(Finding.SUMMARY, "缺少“存在问题”部分"));
        Finding topic = new Finding("REQUIRED_TOPIC_MISSING", Severity.ERROR, null, null, "…", Map.of("x", 1));
        Verdict v = VerdictPolicy.decide(List.of(missing, topic, f("COMMITMENT_NOT_ADDRESSED", Severity.WARNING, null)));
        assertEquals(List.of("五个不通过：规定内容没述到位（全文：缺少“存在问题”部分）"), v.reasons());
    }

    @Test
    void theCatalogListsTheArchiveChecksAsSuch() {
        for (String code : List.of("REPEATED_PROBLEM", "COMMITMENT_NOT_ADDRESSED", "COPIED_FROM_OTHER_REPORT", "SELF_COPY")) {
            RuleInfo info = RuleCatalog.standard().get(code);
            assertTrue(info.archive(), code);
            assertTrue(!info.name().isBlank() && !info.requirement().isBlank() && !info.sources().isEmpty(), code);
        }
        assertTrue(RuleEngine.all().stream().noneMatch(r -> RuleCatalog.standard().get(r.code()).archive()));
        assertTrue(RuleCatalog.standard().get("COMMITMENT_NOT_ADDRESSED").reportLevel());
    }

    @Test
    void aCutTextIsNamedFirst() {
        Finding cut = new Finding("TEXT_INCOMPLETE", Severity.ERROR, null, null, "…", Map.of(Finding.SUMMARY, "文本止于第7段，句子没有写完"));
        Verdict v = VerdictPolicy.decide(List.of(f("BLAME_OTHERS", Severity.WARNING, 5), cut));
        assertEquals(Verdict.RETURN, v.outcome());
        assertEquals("其他：报告不完整（全文：文本止于第7段，句子没有写完）", v.reasons().get(0), v.reasons().toString());
    }
}
