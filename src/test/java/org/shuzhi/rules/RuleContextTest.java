package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/** How the rules read a paragraph's part when the classifier calls a content sentence "other". */
class RuleContextTest {
    private static RuleContext context(String... lines) {
        List<Paragraph> ps = new ArrayList<>();
        List<Labeled> labels = new ArrayList<>();
        for (String line : lines) {
            ps.add(new Paragraph(ps.size(), line, false));
            labels.add(new Labeled(Part.OTHER, 0.6)); // a classifier that sees only headings
        }
        AnalyzedReport r = ReportAnalyzer.analyze(new Report("t", ps), new ReportMeta(null, null, null));
        return new RuleContext(r, labels, Profiles.resolve(null));
    }

    @Test
    void aContentSentenceUnderAPlanHeadingIsAPlan() {
        RuleContext ctx = context("三、下一步打算", "（二）加强支委班子建设，增强支委的责任意识和履职能力。", "以上报告，请批评指正。");
        assertEquals(Part.OTHER, ctx.part(ctx.paragraphs().get(0)), "the heading stays other");
        assertEquals(Part.PLAN, ctx.part(ctx.paragraphs().get(1)));
        assertEquals(Part.OTHER, ctx.part(ctx.paragraphs().get(2)), "the closing line stays other");
        assertFalse(ctx.isContent(ctx.paragraphs().get(2)));
    }

    @Test
    void vaguePlanSeesThePlanTheClassifierMissed() {
        RuleContext ctx = context("三、下一步打算", "（二）加强支委班子建设，增强支委的责任意识和履职能力。", "以上报告，请批评指正。");
        List<Finding> findings = new VaguePlanRule().check(ctx);
        assertEquals(List.of(1), findings.stream().map(Finding::paragraph).toList());
    }
}
