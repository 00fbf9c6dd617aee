package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.classify.Labeled;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;

/**
 * The classifier's labels, reconciled with the part a paragraph stands in where the classifier's own
 * reading is weakest: a line under the plans' heading ("三是以党建引领……展现气象担当。", "一是抓好党员的学习
 * 教育，……结合起来。") that the classifier calls an achievement, yet tells of nothing done (no 了, 已, 累计,
 * 荣获 …, lexicon done-cues), is a plan when the classifier is unsure (below 0.8) or the line commits to
 * the future (将, 力争, 持续 …, lexicon future-cues). Every label a review shows, counts in its shares and
 * hands to the rules is reconciled here, so the three never disagree.
 *
 * <p>Only this one direction: the classifier deliberately ignores headings so that praise under 存在的问题
 * is read as praise (DISGUISED_ACHIEVEMENT); a plan heading is no such trap, and a line under it that
 * reports nothing done is what it stands under. A reconciled paragraph's confidence is what the
 * classifier left for its not being an achievement (1 − p), low as it should be: check this label.
 */
public final class SectionLabels {
    /** Below this the classifier's label is one to check (README: 64 % right below 0.8). */
    static final double UNSURE = 0.8;

    private SectionLabels() {}

    public static List<Labeled> reconcile(AnalyzedReport report, List<Labeled> labels) {
        List<Labeled> out = new ArrayList<>(labels);
        for (AnalyzedParagraph p : report.paragraphs()) {
            Labeled l = labels.get(p.index());
            if (isPlanLine(p, l)) out.set(p.index(), new Labeled(Part.PLAN, 1 - l.confidence()));
        }
        return out;
    }

    /** A line under the plans' heading, labelled an achievement, that reports nothing done. */
    static boolean isPlanLine(AnalyzedParagraph p, Labeled l) {
        if (p.section() != Part.PLAN || l.label() != Part.ACHIEVEMENT) return false;
        if (TermMatcher.of("done-cues").any(p)) return false;
        return l.confidence() < UNSURE || TermMatcher.of("future-cues").any(p);
    }
}
