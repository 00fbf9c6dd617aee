package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.classify.Labeled;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/** PROBLEM_WITHOUT_PLAN does not rest a finding on a doubtful label its heading contradicts. */
class ProblemWithoutPlanRuleTest {
    private static List<Integer> flagged(double confidence) {
        String[][] rows = {
                {"other", "一、主要做法和成效"},
                {"problem", "我抓青年教师入党。我与4名青年教师结对，每学期谈心2次，今年发展预备党员2名。"},
                {"other", "二、下一步打算"},
                {"plan", "2025年3月底前由我牵头修订党员积分办法，每季度公布一次积分。"}};
        List<Paragraph> ps = new ArrayList<>();
        List<Labeled> labels = new ArrayList<>();
        for (String[] row : rows) {
            ps.add(new Paragraph(ps.size(), row[1], false));
            labels.add(new Labeled(Part.of(row[0]), row[0].equals("problem") ? confidence : 1.0));
        }
        AnalyzedReport r = ReportAnalyzer.analyze(new Report("t", ps), new ReportMeta(null, null, null));
        RuleContext ctx = new RuleContext(r, labels, Profiles.resolve(null));
        return new ProblemWithoutPlanRule().check(ctx).stream().map(Finding::paragraph).toList();
    }

    @Test
    void anUnsureProblemLabelUnderTheAchievementsHeadingGetsNoFinding() {
        assertEquals(List.of(), flagged(0.55));
        // a sure label stands, heading or not: praise is no plan's business, but a real problem under the wrong
        // heading still needs one
        assertEquals(List.of(1), flagged(0.95));
    }
}
