package org.shuzhi.review;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.classify.Labeled;
import org.shuzhi.classify.LayoutLabels;
import org.shuzhi.classify.ParagraphClassifier;
import org.shuzhi.document.Report;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.rules.Check;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.PhraseCommonness;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.rules.RuleContext;
import org.shuzhi.rules.RuleEngine;
import org.shuzhi.rules.SectionLabels;

/**
 * The one pipeline every way in calls: segment, classify, run the profile's rules and (when asked and
 * available) the cross-report checks, then suggest a verdict. Thread-safe.
 */
public final class Reviewer {
    private final ParagraphClassifier classifier;
    private final Check rules;
    private final Check crossReport;
    private final PhraseCommonness commonness;

    /** @param crossReport the archive's checks, or null when there is no archive */
    public Reviewer(ParagraphClassifier classifier, Check rules, Check crossReport) {
        this(classifier, rules, crossReport, null);
    }

    /** @param commonness how many archived reports share a phrase (for SLOGAN_HEAVY), or null */
    public Reviewer(ParagraphClassifier classifier, Check rules, Check crossReport, PhraseCommonness commonness) {
        this.classifier = classifier;
        this.rules = rules;
        this.crossReport = crossReport;
        this.commonness = commonness;
    }

    public ParagraphClassifier classifier() {
        return classifier;
    }

    public boolean hasArchive() {
        return crossReport != null;
    }

    public Review review(Report report, ReviewRequest request) {
        return review(report, request, context -> {});
    }

    /**
     * The review, with {@code alongside} given the rules' context of the same analysis, so that what the
     * meeting documents need besides the findings (which plan answers which problem) costs no second
     * analysis of the report.
     */
    public Review review(Report report, ReviewRequest request, java.util.function.Consumer<RuleContext> alongside) {
        Profile profile = request.resolveProfile();
        AnalyzedReport analyzed = ReportAnalyzer.analyze(report, request.overrides());
        List<Labeled> labels = label(analyzed);
        // a report already in the archive is not counted against itself
        PhraseCommonness common = request.useArchive() && commonness != null
                ? commonness.excluding(analyzed.meta().unit(), analyzed.meta().year()) : null;
        RuleContext context = new RuleContext(analyzed, labels, profile, common);
        alongside.accept(context);
        List<Finding> findings = new ArrayList<>(rules.check(context));
        // a text that is not a duty report is compared with no archive (its one finding supersedes all)
        boolean dutyReport = findings.stream().noneMatch(f -> RuleCatalog.standard().supersedesAll(f.rule()));
        if (request.useArchive() && crossReport != null && dutyReport) {
            findings.addAll(RuleEngine.withoutDebris(analyzed, RuleEngine.byProfile(profile, crossReport.check(context))));
            findings = RuleEngine.withoutSuperseded(findings);
        }
        return new Review(
                report.file(),
                new ReviewMeta(analyzed.meta().unit(), analyzed.meta().year(), analyzed.meta().role(), analyzed.meta().name(), profile.id()),
                Stats.of(analyzed.paragraphs(), labels, analyzed.chars()),
                paragraphs(analyzed, labels),
                findings,
                VerdictPolicy.decide(findings));
    }

    /**
     * The classifier's labels, with the lines the layout decides (headings alone, contents, debris) as
     * {@code other} and reconciled with the plans' heading (rules.SectionLabels): what every caller shows and counts.
     */
    public List<Labeled> label(AnalyzedReport analyzed) {
        return SectionLabels.reconcile(analyzed, LayoutLabels.apply(analyzed, classifier.classify(analyzed)));
    }

    private static List<ParagraphResult> paragraphs(AnalyzedReport analyzed, List<Labeled> labels) {
        List<ParagraphResult> out = new ArrayList<>();
        for (AnalyzedParagraph p : analyzed.paragraphs()) {
            Labeled l = labels.get(p.index());
            out.add(new ParagraphResult(p.index(), p.text(), p.section(), l.label(), round(l.confidence()), p.isDebris(),
                    ParagraphResult.TableCell.of(p.paragraph().table())));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
