package org.shuzhi.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuzhi.archive.themes.ProblemThemes;
import org.shuzhi.archive.themes.ThemeClassifier;
import org.shuzhi.classify.Labeled;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;

/**
 * How the problem themes cover and match: on each set (the demo corpus, the rules' held-out sets), the problem
 * paragraphs as the archive finds them (the pipeline's labels and parts, as indexed), the share with no theme,
 * and, where a paragraph has a gold theme (src/test/resources/archive/problem-themes-gold.tsv, written by hand),
 * how often the assigned theme is the gold one, or one a reader would also accept.
 */
final class ThemeEvaluation {
    /** The sets measured: the corpus (development) and the held-out sets of the rules (not heldout-6: blind). */
    static final List<String> SETS = List.of("corpus", "heldout", "heldout-3", "heldout-4", "heldout-5", "heldout-final");

    record Gold(String theme, Set<String> accepted) {}

    record Row(String set, int reports, int problems, int themed, int scored, int exact, int acceptable,
               int goldNone, int goldNoneKept) {
        double unthemedShare() {
            return problems == 0 ? 0 : 1 - (double) themed / problems;
        }
    }

    /** One problem paragraph: its set, report, index, text, assigned theme and gold (null if unlabelled). */
    record Judged(String set, String report, int paragraph, String text, ThemeClassifier.Assignment assigned, Gold gold) {}

    private ThemeEvaluation() {}

    static Path setDir(String set) {
        return set.equals("corpus") ? Path.of("corpus") : Path.of("src/test/resources/rules", set);
    }

    static Map<String, Gold> gold() throws IOException {
        Map<String, Gold> out = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/archive/problem-themes-gold.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            String theme = f[3].equals("-") ? null : f[3];
            Set<String> accepted = new java.util.HashSet<>();
            accepted.add(f[3]);
            if (f.length > 4 && !f[4].isBlank()) accepted.addAll(List.of(f[4].split(",")));
            out.put(f[0] + "/" + f[1] + "/" + f[2], new Gold(theme, accepted));
        }
        return out;
    }

    /** An archived problem paragraph as the classifier sees it. */
    record Input(String set, String report, int paragraph, String text, Set<String> headWords, Set<String> headTopics,
                 Set<String> words, Set<String> topics, Gold gold) {}

    /** Every archived problem paragraph of every set with its theme by {@code classifier}. */
    static List<Judged> judge(ThemeClassifier classifier) throws IOException {
        return judge(classifier, inputs());
    }

    static List<Judged> judge(ThemeClassifier classifier, List<Input> inputs) {
        List<Judged> out = new ArrayList<>();
        for (Input i : inputs) {
            out.add(new Judged(i.set(), i.report(), i.paragraph(), i.text(),
                    classifier.assign(i.headWords(), i.headTopics(), i.words(), i::topics), i.gold()));
        }
        return out;
    }

    /** Every archived problem paragraph of every set. */
    static List<Input> inputs() throws IOException {
        Map<String, Gold> gold = gold();
        Reviewer labeler = Reviewers.withoutArchive();
        List<Input> out = new ArrayList<>();
        for (String set : SETS) {
            Corpus corpus = Corpus.at(setDir(set));
            for (CorpusEntry e : corpus.entries()) {
                AnalyzedReport r = ReportAnalyzer.analyze(corpus.report(e.id()), new ReportMeta(e.unit(), e.year(), e.role()));
                List<Labeled> labels = labeler.label(r);
                for (AnalyzedParagraph p : r.paragraphs()) {
                    Passage passage = Passage.of(p);
                    if (!Similarities.isArchivedProblem(labels.get(p.index()).label(), p.section(), passage)) continue;
                    Set<String> headTopics = passage.statements().isEmpty() ? passage.topics() : passage.statements().get(0).topics();
                    out.add(new Input(set, e.id(), p.index(), p.text(), passage.problemHeadWords(), headTopics, passage.words(),
                            passage.topics(), gold.get(set + "/" + e.id() + "/" + p.index())));
                }
            }
        }
        return out;
    }

    static Map<String, Row> rows(List<Judged> judged) throws IOException {
        Map<String, Row> out = new LinkedHashMap<>();
        for (String set : SETS) {
            List<Judged> js = judged.stream().filter(j -> j.set().equals(set)).toList();
            int themed = 0, scored = 0, exact = 0, acceptable = 0, none = 0, noneKept = 0;
            for (Judged j : js) {
                String t = j.assigned().theme();
                if (t != null) themed++;
                if (j.gold() == null) continue;
                scored++;
                String shown = t == null ? "-" : t;
                if (java.util.Objects.equals(t, j.gold().theme())) exact++;
                if (j.gold().accepted().contains(shown)) acceptable++;
                if (j.gold().theme() == null) {
                    none++;
                    if (t == null) noneKept++;
                }
            }
            int reports = Corpus.at(setDir(set)).entries().size();
            out.put(set, new Row(set, reports, js.size(), themed, scored, exact, acceptable, none, noneKept));
        }
        return out;
    }

    static ThemeClassifier standard(ThemeClassifier.Weights w) {
        return new ThemeClassifier(ProblemThemes.standard(), ContentWords::of, w);
    }
}
