package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.ReportAnalyzer;

/** Deadlines, targets and owners of a plan as real plans word them. */
class PlanTermsTest {
    private static AnalyzedParagraph analyze(String text) {
        Report r = new Report("t", List.of(new Paragraph(0, text, false)));
        return ReportAnalyzer.analyze(r, new ReportMeta(null, null, null)).paragraphs().get(0);
    }

    private static List<String> deadlines(String text) {
        AnalyzedParagraph p = analyze(text);
        return PlanTerms.deadlines(p, 0, p.normalized().length());
    }

    private static List<String> targets(String text) {
        AnalyzedParagraph p = analyze(text);
        return PlanTerms.targets(p, 0, p.normalized().length());
    }

    @Test
    void deadlinesInTheirRealShapes() {
        assertEquals(List.of("年底前"), deadlines("年底前完成支部换届。"));
        assertTrue(deadlines("3月底前建立外出党员联系台账。").contains("3月底前"));
        assertEquals(List.of("6月前"), deadlines("2024年6月前修订支部议事规则。"));
        assertEquals(List.of("下半年"), deadlines("下半年组织党员到革命老区开展党性教育。"));
        assertEquals(List.of("每季度"), deadlines("每季度开展一次专题学习。"));
        assertEquals(List.of("第一季度"), deadlines("第一季度召开组织生活会。"));
        assertEquals(List.of("寒假前"), deadlines("寒假前组织教师党员开展家访。"));
        assertEquals(List.of("三个月内"), deadlines("三个月内整改到位。"));
    }

    @Test
    void aYearAloneIsNoDeadline() {
        assertEquals(List.of(), deadlines("2024年，我将继续加强理论学习，推动支部工作再上新台阶。"));
    }

    @Test
    void targetsInFiguresFrequenciesAndWords() {
        assertTrue(targets("党员教育覆盖率达到100%。").contains("100%"));
        assertTrue(targets("年内发展党员2名。").contains("2名"));
        assertTrue(targets("每月组织一次集中学习。").contains("每月组织一次"));
        assertTrue(targets("在全部村民小组实现党小组全覆盖。").contains("全覆盖"));
        assertTrue(targets("参学率不低于95%。").contains("不低于95%"));
        assertEquals(List.of(), targets("进一步加强理论学习，不断提升党建工作质量。"));
    }

    @Test
    void ownersByWordNameOrOffice() {
        assertTrue(PlanTerms.owners(analyze("由组织委员负责建立台账。")).contains("组织委员负责"));
        assertTrue(PlanTerms.owners(analyze("由我牵头修订制度。")).contains("由我"));
        assertEquals(List.of(), PlanTerms.owners(analyze("进一步加强理论学习。")));
    }
}
