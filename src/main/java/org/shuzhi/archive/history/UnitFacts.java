package org.shuzhi.archive.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveSchema;
import org.shuzhi.archive.ArchiveStatistics;
import org.shuzhi.archive.ArchivedParagraph;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.archive.Commitments;
import org.shuzhi.archive.Passage;
import org.shuzhi.archive.RepeatedProblems;
import org.shuzhi.archive.Similarities;
import org.shuzhi.nlp.TextNormalizer;

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

    /** A unit's reports, oldest first, with their paragraphs' themes. */
    record Unit(List<ArchivedReport> reports, Map<ArchivedParagraph, String> themes) {}

    /** The problems and commitments of a unit. */
    public record Facts(String unitKey, String unit, List<ProblemFact> problems, List<CommitmentFact> commitments) {}

    private record Problem(ArchivedReport report, ArchivedParagraph paragraph, Passage passage) {}

    private UnitFacts() {}

    static Facts of(IndexSearcher s, String unitKey, ArchiveStatistics stats) throws IOException {
        Unit unit = read(s, unitKey);
        if (unit.reports().isEmpty()) return new Facts(unitKey, null, List.of(), List.of());
        return new Facts(unitKey, unit.reports().get(unit.reports().size() - 1).unit(), problems(unit, stats), commitments(unit, stats));
    }

    /** The unit's reports as stored, oldest first, each paragraph with the theme given at indexing. */
    static Unit read(IndexSearcher s, String unitKey) throws IOException {
        Map<String, Document> heads = new TreeMap<>();
        for (Document d : Archive.all(s, typed(ArchiveSchema.TYPE_REPORT, unitKey))) heads.put(d.get(ArchiveSchema.REPORT_ID), d);
        Map<String, List<ArchivedParagraph>> paragraphs = new HashMap<>();
        Map<ArchivedParagraph, String> themes = new IdentityHashMap<>();
        for (Document d : Archive.all(s, typed(ArchiveSchema.TYPE_PARAGRAPH, unitKey))) {
            ArchivedParagraph p = ArchiveSchema.paragraph(d);
            paragraphs.computeIfAbsent(d.get(ArchiveSchema.REPORT_ID), k -> new ArrayList<>()).add(p);
            if (d.get(ArchiveSchema.THEME) != null) themes.put(p, d.get(ArchiveSchema.THEME));
        }
        List<ArchivedReport> reports = new ArrayList<>();
        for (var e : heads.entrySet()) {
            List<ArchivedParagraph> ps = new ArrayList<>(paragraphs.getOrDefault(e.getKey(), List.of()));
            ps.sort(Comparator.comparingInt(ArchivedParagraph::index));
            reports.add(ArchiveSchema.report(e.getValue(), ps));
        }
        reports.sort(Comparator.comparingInt(ArchivedReport::year));
        return new Unit(reports, themes);
    }

    private static BooleanQuery typed(String type, String unitKey) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArchiveSchema.TYPE, type)), Occur.FILTER)
                .add(new TermQuery(new Term(ArchiveSchema.UNIT_KEY, unitKey)), Occur.FILTER)
                .build();
    }

    /** Each year's problems matched against the latest ten earlier years, as the unit history always did. */
    private static List<ProblemFact> problems(Unit unit, ArchiveStatistics stats) {
        List<Problem> all = new ArrayList<>();
        for (ArchivedReport r : unit.reports()) {
            for (ArchivedParagraph p : r.paragraphs()) {
                Passage passage = Passage.of(p.text());
                if (Similarities.isArchivedProblem(p.label(), p.section(), passage)) all.add(new Problem(r, p, passage));
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
            out.add(new ProblemFact(p.report().year(), p.paragraph().index(), p.paragraph().text(), unit.themes().get(p.paragraph()),
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
        List<ArchivedReport> reports = unit.reports();
        for (int i = 1; i < reports.size(); i++) {
            ArchivedReport previous = reports.get(i - 1), report = reports.get(i);
            List<ArchivedParagraph> answering = report.paragraphs().stream()
                    .filter(p -> !Commitments.isCommitment(p.label(), p.section())).toList();
            StringBuilder text = new StringBuilder();
            for (ArchivedParagraph p : answering) text.append(TextNormalizer.normalize(p.text())).append('\n');
            for (ArchivedParagraph plan : previous.paragraphs()) {
                if (!Commitments.isCommitment(plan.label(), plan.section())) continue;
                Passage passage = Passage.of(plan.text());
                if (!Commitments.concrete(passage)) continue;
                Commitments.Terms terms = Commitments.terms(passage);
                if (terms.empty()) continue;
                Commitments.Answer answer = Commitments.answer(terms, text.toString(), stats);
                int best = -1;
                double bestShare = 0;
                for (ArchivedParagraph p : answering) {
                    double share = Commitments.answer(terms, p.text(), stats).share();
                    if (share > bestShare) {
                        best = p.index();
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
