package org.shuzhi.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuzhi.review.ParagraphResult;
import org.shuzhi.review.Review;
import org.shuzhi.review.ReviewMeta;
import org.shuzhi.review.Stats;
import org.shuzhi.review.VerdictPolicy;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Severity;

/** Reviews built by hand, for the tests that need only findings, meta and a verdict, not the pipeline. */
final class Reviews {
    private Reviews() {}

    static Review of(String unit, String name, List<Finding> findings) {
        List<ParagraphResult> ps = new ArrayList<>();
        for (int i = 0; i < 12; i++) ps.add(new ParagraphResult(i, unit + "第" + i + "段", org.shuzhi.document.Part.OTHER, org.shuzhi.document.Part.OTHER, 1.0));
        return new Review(unit + ".txt", new ReviewMeta(unit, 2023, "党支部书记", name, "default"),
                new Stats(1800, Map.of()), ps, findings, VerdictPolicy.decide(findings));
    }

    /** A review whose paragraph {@code index} reads {@code text}. */
    static MeetingReport report(String unit, String name, List<Finding> findings, int index, String text) {
        Review r = of(unit, name, findings);
        List<ParagraphResult> ps = new ArrayList<>(r.paragraphs());
        ps.set(index, new ParagraphResult(index, text, org.shuzhi.document.Part.PROBLEM, org.shuzhi.document.Part.PROBLEM, 1.0));
        return new MeetingReport(r.file(), null, "txt", new Review(r.file(), r.meta(), r.stats(), ps, r.findings(), r.verdict()), ReportFacts.NONE);
    }

    static Finding finding(String rule, Severity severity, Integer paragraph) {
        return new Finding(rule, severity, paragraph, null, rule + "。", Map.of());
    }

    static MeetingReport report(String unit, String name, List<Finding> findings) {
        return new MeetingReport(unit + ".txt", null, "txt", of(unit, name, findings), ReportFacts.NONE);
    }
}
