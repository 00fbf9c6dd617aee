package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuzhi.classify.Labeled;
import org.shuzhi.classify.ParagraphClassifier;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.Review;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.TextFormatter;

/** A line under the plans' heading that the classifier calls an achievement, yet tells of nothing done, is a plan. */
class SectionLabelsTest {
    private static final List<String> LINES = List.of(
            "一、履职情况",
            "我全年主持支委会12次，讲专题党课3次，带头联系困难党员5名，帮助解决实际困难8件。",
            "二、存在的问题",
            "我对青年教师的政治引领用力不够，谈心谈话偏少，主要是主观上重视不够。",
            "三、下一步工作打算",
            "一是以党建引领教学质量提升，当好立德树人的排头兵，在服务学校发展中展现支部担当。",
            "二是深化党员示范岗建设，推动示范岗走深走实、见行见效。",
            "三是总结推广“党员示范课”经验，今年已在全校推开，受到师生好评。");

    /** The classifier as a stub: what the trained model says of lines like these (achievement, unsure for the first). */
    private static final Map<Integer, Labeled> SAYS = Map.of(
            0, new Labeled(Part.OTHER, 0.99), 1, new Labeled(Part.ACHIEVEMENT, 0.99), 2, new Labeled(Part.OTHER, 0.99),
            3, new Labeled(Part.PROBLEM, 0.98), 4, new Labeled(Part.OTHER, 0.99), 5, new Labeled(Part.ACHIEVEMENT, 0.61),
            6, new Labeled(Part.ACHIEVEMENT, 0.93), 7, new Labeled(Part.ACHIEVEMENT, 0.7));

    private static final ParagraphClassifier STUB = new ParagraphClassifier() {
        @Override
        public Labeled classify(AnalyzedParagraph paragraph) {
            return SAYS.get(paragraph.index());
        }

        @Override
        public String name() {
            return "stub";
        }
    };

    private static List<Paragraph> paragraphs(List<String> lines) {
        List<Paragraph> ps = new ArrayList<>();
        for (String l : lines) ps.add(new Paragraph(ps.size(), l, false));
        return ps;
    }

    @Test
    void planLinesTheClassifierCallsAchievementsArePlansInLabelsSharesAndTheChecklist() {
        List<Paragraph> ps = paragraphs(LINES);
        Review r = new Reviewer(STUB, RuleEngine.standard(), null).review(new Report("t.txt", ps), new ReviewRequest(null, ReportMeta.UNKNOWN, false));
        // unsure, nothing done: a plan, with a confidence that asks to be checked
        assertEquals(Part.PLAN, r.paragraphs().get(5).label());
        assertTrue(r.paragraphs().get(5).confidence() < 0.8, "a reconciled label is one to check");
        // sure, and it neither reports anything done nor commits to the future: the classifier's label stands
        assertEquals(Part.ACHIEVEMENT, r.paragraphs().get(6).label());
        // tells of work done (已, 受到……好评): an achievement, whatever heading it stands under
        assertEquals(Part.ACHIEVEMENT, r.paragraphs().get(7).label());
        // counted as plan, not achievement
        int plan = ps.get(5).text().length();
        assertEquals(Math.round(plan * 1000.0 / r.stats().chars()) / 1000.0, r.stats().share(Part.PLAN), 0.0015, "the plan line counts as plan");
        // and the checklist lists a finding on it under 下一步打算, never under 履职情况
        String text = TextFormatter.format(r, Profiles.resolve(null));
        int planPart = text.indexOf("■ 下一步打算");
        int line = text.indexOf("  第6段　“");
        assertTrue(line > planPart && planPart >= 0, text);
    }

    @Test
    void aFutureCommitmentMakesEvenASureAchievementLabelAPlan() {
        List<Paragraph> ps = paragraphs(List.of("下一步工作打算", "我将持续深化党员示范岗建设，力争年内建成3个示范岗。"));
        AnalyzedReport report = ReportAnalyzer.analyze(new Report("t", ps), ReportMeta.UNKNOWN);
        List<Labeled> labels = SectionLabels.reconcile(report, List.of(new Labeled(Part.OTHER, 0.99), new Labeled(Part.ACHIEVEMENT, 0.95)));
        assertEquals(Part.PLAN, labels.get(1).label());
        // the same line under the achievements' heading keeps its label: only the plans' heading reconciles
        ps.set(0, new Paragraph(0, "一、履职情况", false));
        report = ReportAnalyzer.analyze(new Report("t", ps), ReportMeta.UNKNOWN);
        labels = SectionLabels.reconcile(report, List.of(new Labeled(Part.OTHER, 0.99), new Labeled(Part.ACHIEVEMENT, 0.95)));
        assertEquals(Part.ACHIEVEMENT, labels.get(1).label());
    }
}
