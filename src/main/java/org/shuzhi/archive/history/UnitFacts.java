package org.shuzhi.archive.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.shuzhi.archive.ArchiveSchema;
import org.shuzhi.archive.ArchiveSearcher;
import org.shuzhi.archive.ArchiveStatistics;
import org.shuzhi.archive.ArchivedParagraph;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.archive.Commitments;
import org.shuzhi.archive.DerivedFacts;
import org.shuzhi.archive.Passage;
import org.shuzhi.archive.RepeatedProblems;
import org.shuzhi.archive.Similarities;

/**
 * Computes a unit's facts from the reports the index holds: its problems with the years each was raised (the
 * REPEATED_PROBLEM measure, each year's problems against the unit's latest ten earlier years) and every checkable
 * commitment with how the next report answers it (the COMMITMENT_NOT_ADDRESSED measure).
 */
public final class UnitFacts {
    /** The earlier years a problem is compared with, as in the cross-report checks. */
    static final int MAX_EARLIER_YEARS = 10;
    /**
     * A commitment whose key terms the next report names at this rarity-weighted share or more is answered;
     * above the rule's threshold ({@code Similarities.Thresholds#answer}, 0.35) and below this, partly. Chosen
     * by reading the corpus's commitments: at 0.6 a report names the promised measure and most of its specifics.
     */
    static final double ANSWERED = 0.6;

    /** A unit's report with its paragraphs as the checks compare them and as indexing themed them, by paragraph index. */
    record Year(ArchivedReport report, IntFunction<Passage> passages, IntFunction<String> themes) {}

    /** A unit's reports, oldest first. */
    record Unit(List<Year> years) {}

    /** The problems and commitments of a unit. */
    public record Facts(String unitKey, String unit, List<ProblemFact> problems, List<CommitmentFact> commitments) {}

    /** A problem of the unit; a key by identity (a record's hash would hash the whole report, many times over). */
    private static final class Problem {
        final Year year;
        final ArchivedParagraph paragraph;
        final Passage passage;

        Problem(Year year, ArchivedParagraph paragraph, Passage passage) {
            this.year = year;
            this.paragraph = paragraph;
            this.passage = passage;
        }

        Year year() {
            return year;
        }

        ArchivedParagraph paragraph() {
            return paragraph;
        }

        Passage passage() {
            return passage;
        }

        ArchivedReport report() {
            return year.report();
        }
    }

    private UnitFacts() {}

    static Facts of(ArchiveSearcher s, String unitKey, ArchiveStatistics stats, Map<String, DerivedFacts.Fresh> fresh) throws IOException {
        Unit unit = read(s, unitKey, fresh);
        if (unit.years().isEmpty()) return new Facts(unitKey, null, List.of(), List.of());
        // on a cluster each frequency looked up alone is a round trip: the unit's all at once
        if (s.remote()) stats.prefetchGrams(grams(unit));
        return new Facts(unitKey, unit.years().get(unit.years().size() - 1).report().unit(), problems(unit, stats), commitments(unit, stats));
    }

    /**
     * The unit's reports, oldest first: those of this commit as the writer has them, the others as stored, each
     * paragraph with the theme indexing gave it.
     */
    static Unit read(ArchiveSearcher s, String unitKey, Map<String, DerivedFacts.Fresh> fresh) throws IOException {
        List<Year> years = new ArrayList<>();
        // a unit whose reports are all of this commit (a bulk load brings whole units) needs nothing read back
        List<DerivedFacts.Fresh> own = fresh.values().stream().filter(f -> f.report().unitKey().equals(unitKey)).toList();
        if (!own.isEmpty() && s.count(typed(ArchiveSchema.TYPE_REPORT, unitKey)) == own.size()) {
            for (DerivedFacts.Fresh f : own) years.add(new Year(f.report(), f.passages(), i -> f.passages().apply(i).theme().theme()));
            years.sort(Comparator.comparingInt(y -> y.report().year()));
            return new Unit(years);
        }
        for (Document head : s.all(typed(ArchiveSchema.TYPE_REPORT, unitKey))) {
            String id = head.get(ArchiveSchema.REPORT_ID);
            DerivedFacts.Fresh f = fresh.get(id);
            if (f != null) {
                years.add(new Year(f.report(), f.passages(), i -> f.passages().apply(i).theme().theme()));
                continue;
            }
            List<ArchivedParagraph> ps = new ArrayList<>();
            Map<Integer, String> themes = new HashMap<>();
            for (Document d : s.all(ofReport(id))) {
                ArchivedParagraph p = ArchiveSchema.paragraph(d);
                ps.add(p);
                if (d.get(ArchiveSchema.THEME) != null) themes.put(p.index(), d.get(ArchiveSchema.THEME));
            }
            ps.sort(Comparator.comparingInt(ArchivedParagraph::index));
            Map<Integer, Passage> passages = new HashMap<>();
            Map<Integer, String> texts = new HashMap<>();
            for (ArchivedParagraph p : ps) texts.put(p.index(), p.text());
            years.add(new Year(ArchiveSchema.report(head, ps), i -> passages.computeIfAbsent(i, k -> Passage.of(texts.get(k))), themes::get));
        }
        years.sort(Comparator.comparingInt(y -> y.report().year()));
        return new Unit(years);
    }

    static BooleanQuery typed(String type, String unitKey) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArchiveSchema.TYPE, type)), Occur.FILTER)
                .add(new TermQuery(new Term(ArchiveSchema.UNIT_KEY, unitKey)), Occur.FILTER)
                .build();
    }

    private static BooleanQuery ofReport(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_PARAGRAPH)), Occur.FILTER)
                .add(new TermQuery(new Term(ArchiveSchema.REPORT_ID, id)), Occur.FILTER)
                .build();
    }

    /**
     * The character bigrams whose frequencies the facts of these reports will ask for: those of their problems'
     * statements and of the statements' words.
     */
    static java.util.Set<String> grams(java.util.Collection<DerivedFacts.Fresh> fresh) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (DerivedFacts.Fresh f : fresh) {
            for (ArchivedParagraph p : f.report().paragraphs()) {
                Passage passage = f.passages().apply(p.index());
                if (!Similarities.isArchivedProblem(p.label(), p.section(), passage)) continue;
                passage.repeatGrams(out);
            }
        }
        return out;
    }

    /** The bigrams whose frequencies the unit's facts ask for: its problems' and its commitments' key terms'. */
    private static java.util.Set<String> grams(Unit unit) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Year y : unit.years()) {
            for (ArchivedParagraph p : y.report().paragraphs()) {
                Passage passage = y.passages().apply(p.index());
                if (Similarities.isArchivedProblem(p.label(), p.section(), passage)) passage.repeatGrams(out);
                if (!Commitments.isCommitment(p.label(), p.section()) || !Commitments.concrete(passage)) continue;
                Commitments.Terms terms = Commitments.terms(passage);
                for (String w : terms.named()) bigrams(w, out);
                for (String w : terms.words()) bigrams(w, out);
            }
        }
        return out;
    }

    private static void bigrams(String word, java.util.Set<String> out) {
        String w = org.shuzhi.nlp.TextNormalizer.normalize(word);
        for (int i = 0; i + 1 < w.length(); i++) out.add(w.substring(i, i + 2));
    }

    /** Each year's problems matched against the latest ten earlier years, as the unit history always did. */
    private static List<ProblemFact> problems(Unit unit, ArchiveStatistics stats) {
        List<Problem> all = new ArrayList<>();
        for (Year y : unit.years()) {
            for (ArchivedParagraph p : y.report().paragraphs()) {
                Passage passage = y.passages().apply(p.index());
                if (Similarities.isArchivedProblem(p.label(), p.section(), passage)) all.add(new Problem(y, p, passage));
            }
        }
        var history = RepeatedProblems.history(all, e -> e.report().year(), Problem::passage, stats,
                Similarities.Thresholds.DEFAULT.repeat(), MAX_EARLIER_YEARS);
        Map<Problem, Integer> repeatedIn = new IdentityHashMap<>();
        for (Problem p : all) {
            for (var m : history.get(p).matches()) repeatedIn.merge(m.earlier(), p.report().year(), Math::min);
        }
        List<ProblemFact> out = new ArrayList<>();
        for (Problem p : all) {
            var raised = history.get(p);
            List<ProblemFact.Earlier> earlier = new ArrayList<>();
            for (var m : raised.matches()) {
                earlier.add(new ProblemFact.Earlier(m.year(), m.earlier().paragraph().index(), Similarities.round(m.repeat().similarity())));
            }
            earlier.sort(Comparator.comparingInt(ProblemFact.Earlier::year).reversed());
            out.add(new ProblemFact(p.report().year(), p.paragraph().index(), p.paragraph().text(), p.year().themes().apply(p.paragraph().index()),
                    List.copyOf(raised.years()), earlier, repeatedIn.getOrDefault(p, Integer.MAX_VALUE)));
        }
        return out;
    }

    /**
     * Every checkable commitment of each report but the last, judged in the unit's next report as
     * COMMITMENT_NOT_ADDRESSED judges it: against the next report's text outside its own plans (which promise
     * again rather than answer).
     */
    private static List<CommitmentFact> commitments(Unit unit, ArchiveStatistics stats) {
        List<CommitmentFact> out = new ArrayList<>();
        List<Year> years = unit.years();
        for (int i = 1; i < years.size(); i++) {
            ArchivedReport previous = years.get(i - 1).report(), report = years.get(i).report();
            List<ArchivedParagraph> answering = report.paragraphs().stream()
                    .filter(p -> !Commitments.isCommitment(p.label(), p.section())).toList();
            StringBuilder text = new StringBuilder();
            List<String> normalized = new ArrayList<>(answering.size());
            for (ArchivedParagraph p : answering) {
                normalized.add(years.get(i).passages().apply(p.index()).normalized());
                text.append(normalized.get(normalized.size() - 1)).append('\n');
            }
            for (ArchivedParagraph plan : previous.paragraphs()) {
                if (!Commitments.isCommitment(plan.label(), plan.section())) continue;
                Passage passage = years.get(i - 1).passages().apply(plan.index());
                if (!Commitments.concrete(passage)) continue;
                Commitments.Terms terms = Commitments.terms(passage);
                if (terms.empty()) continue;
                Commitments.Answer answer = Commitments.answerOfNormalized(terms, text.toString(), stats);
                int best = -1;
                double bestShare = 0;
                for (int k = 0; k < answering.size(); k++) {
                    double share = Commitments.share(terms, normalized.get(k), stats);
                    if (share > bestShare) {
                        best = answering.get(k).index();
                        bestShare = share;
                    }
                }
                CommitmentFact.Status status = answer.share() <= Similarities.Thresholds.DEFAULT.answer() ? CommitmentFact.Status.notAnswered
                        : answer.share() < ANSWERED ? CommitmentFact.Status.partly : CommitmentFact.Status.answered;
                // a commitment not answered has no answering passage: the nearest would be a byline or a stock line
                out.add(new CommitmentFact(report.year(), previous.year(), plan.index(), plan.text(), status,
                        Similarities.round(answer.share()), status == CommitmentFact.Status.notAnswered ? -1 : best,
                        answer.found(), answer.missing()));
            }
        }
        return out;
    }
}
