package org.shuzhi.archive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.TextNormalizer;

/**
 * COMMITMENT_NOT_ADDRESSED: what a plan of last year's report commits to, and whether this year's report
 * answers it. A plan is answered when this report names what it committed to: its named items (《…》,
 * “…”) and its specific words, counted by their rarity — not when it merely shares stock wording.
 */
public final class Commitments {
    /** A plan's key terms: the named items and the content words that say what was promised. */
    public record Terms(Set<String> named, Set<String> words) {
        public boolean empty() {
            return named.isEmpty() && words.isEmpty();
        }
    }

    /** How far a report answers a plan: rarity-weighted share of its key terms that the report names. */
    public record Answer(double share, List<String> found, List<String> missing) {}

    private static final Pattern NAMED = Pattern.compile("《([^》]{2,30})》|“([^”]{2,20})”|\"([^\"]{2,20})\"");
    /** A deadline, a frequency or a measurable target: what makes a plan a commitment one can check. */
    private static final Pattern CONCRETE = Pattern.compile(
            "\\d{4}年(?:\\d{1,2}月)?(?:底|前|内|起|末|上半年|下半年)|年底|年内|年末|月底|月前|上半年|下半年|每[年月周季学半]"
                    + "|\\d+(?:次|个|名|项|人|家|篇|场|期|%|％|节|份|条)|不少于|不超过|至少|全覆盖|《");
    /** The closing line (以上述职，请予评议) and the date under it are not plans. */
    private static final Pattern CLOSING = Pattern.compile("^\\s*(?:以上|上述)[^。]{0,12}(?:述职|报告|汇报)|^\\s*\\d{4}年\\d{1,2}月\\S{0,4}日?\\s*$");

    private Commitments() {}

    /**
     * A paragraph that commits to something: any paragraph of the plan part, or one the classifier calls a
     * plan outside the achievement and problem parts (a report without headings, a 承诺 line in the
     * preamble). A plan-like sentence inside the achievements tells what was done, not what is promised.
     */
    public static boolean isCommitment(Part label, Part section) {
        return section == Part.PLAN
                || (label == Part.PLAN && section != Part.ACHIEVEMENT
                        && section != Part.PROBLEM);
    }

    public static Terms terms(Passage plan) {
        Set<String> named = new LinkedHashSet<>();
        Matcher m = NAMED.matcher(plan.normalized());
        while (m.find()) {
            for (int g = 1; g <= 3; g++) if (m.group(g) != null) named.add(m.group(g).strip());
        }
        Set<String> words = new LinkedHashSet<>(plan.words());
        return new Terms(named, words);
    }

    /** A plan one can check next year: a deadline, a frequency, a figure or a named document; not a closing. */
    public static boolean concrete(Passage plan) {
        return !CLOSING.matcher(plan.normalized()).find() && CONCRETE.matcher(plan.normalized()).find();
    }

    /** {@link #answer}'s share alone, of a text already normalised: for weighing many passages against one plan. */
    public static double share(Terms terms, String normalized, ArchiveStatistics stats) {
        double total = 0, hit = 0;
        for (String n : terms.named()) {
            double w = 2 * stats.wordIdf(n);
            total += w;
            if (normalized.contains(TextNormalizer.normalize(n))) hit += w;
        }
        for (String word : terms.words()) {
            double w = stats.wordIdf(word);
            total += w;
            if (normalized.contains(word)) hit += w;
        }
        return total == 0 ? 1 : hit / total;
    }

    /** The share of the plan's key terms (named items weigh double) that {@code text} contains. */
    public static Answer answer(Terms terms, String text, ArchiveStatistics stats) {
        return answerOfNormalized(terms, TextNormalizer.normalize(text), stats);
    }

    /** As {@link #answer}, of a text already normalised: a report's text is weighed against each of last year's plans. */
    public static Answer answerOfNormalized(Terms terms, String t, ArchiveStatistics stats) {
        double total = 0, hit = 0;
        List<String> found = new ArrayList<>(), missing = new ArrayList<>();
        for (String n : terms.named()) {
            double w = 2 * stats.wordIdf(n);
            total += w;
            if (t.contains(TextNormalizer.normalize(n))) {
                hit += w;
                found.add(n);
            } else {
                missing.add(n);
            }
        }
        for (String word : terms.words()) {
            double w = stats.wordIdf(word);
            total += w;
            if (t.contains(word)) {
                hit += w;
                found.add(word);
            } else {
                missing.add(word);
            }
        }
        return new Answer(total == 0 ? 1 : hit / total, withoutParts(found), withoutParts(missing));
    }

    /** For the reader: a named item and its own words (青苗培养, 青苗, 培养) are listed once, as the item. */
    static List<String> withoutParts(List<String> terms) {
        return terms.stream()
                .filter(t -> terms.stream().noneMatch(o -> o.length() > t.length() && o.contains(t)))
                .distinct().toList();
    }
}
