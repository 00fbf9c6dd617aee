package org.shuzhi.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.rules.Check;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.RuleContext;
import org.shuzhi.rules.Severity;

/**
 * The cross-report rules: REPEATED_PROBLEM, COMMITMENT_NOT_ADDRESSED, COPIED_FROM_OTHER_REPORT and
 * SELF_COPY. Lucene finds the candidates (the unit's own earlier reports; other units' paragraphs sharing
 * verbatim pieces, from a {@link CandidateSource}); {@link Similarities} confirms them. A report is never compared with itself (same unit and
 * year, or same text), and only with years up to its own.
 */
public final class ArchiveChecks implements Check {
    public static final String REPEATED_PROBLEM = "REPEATED_PROBLEM";
    public static final String COMMITMENT_NOT_ADDRESSED = "COMMITMENT_NOT_ADDRESSED";
    public static final String COPIED_FROM_OTHER_REPORT = "COPIED_FROM_OTHER_REPORT";
    public static final String SELF_COPY = "SELF_COPY";

    /** The unit's earlier years compared: enough to say how long a problem has recurred. */
    private static final int MAX_EARLIER_YEARS = 10;

    /** The statistics every review over one state of the archive shares ({@link ArchiveStatistics.Shared}). */
    public interface SharedStatistics {
        ArchiveStatistics.Shared of(ArchiveSearcher searcher) throws IOException;
    }

    private final ArchiveEngine archive;
    private final SharedStatistics shared;
    private final Similarities.Thresholds thresholds;
    private final CandidateSource candidates;

    ArchiveChecks(ArchiveEngine archive, SharedStatistics shared) {
        this(archive, shared, Similarities.Thresholds.DEFAULT);
    }

    ArchiveChecks(ArchiveEngine archive, SharedStatistics shared, Similarities.Thresholds thresholds) {
        this(archive, shared, thresholds, new FingerprintCandidates());
    }

    ArchiveChecks(ArchiveEngine archive, SharedStatistics shared, Similarities.Thresholds thresholds, CandidateSource candidates) {
        this.archive = archive;
        this.shared = shared;
        this.thresholds = thresholds;
        this.candidates = candidates;
    }

    /** The checks over an engine other than the embedded one ({@code shared}: its statistics kept between reviews). */
    public static Check of(ArchiveEngine archive, SharedStatistics shared) {
        return new ArchiveChecks(archive, shared);
    }

    /** What this report is, for the self-exclusion and year filters. */
    record Self(String unitKey, Integer year, String id, String hash) {}

    /** An archived paragraph compared with this report's. */
    record Candidate(String unit, String unitKey, int year, int paragraph, Part label, Part section, Passage passage) {
        static Candidate of(Document d) {
            return new Candidate(d.get(ArchiveSchema.UNIT), d.get(ArchiveSchema.UNIT_KEY), ArchiveSchema.year(d),
                    d.getField(ArchiveSchema.PARAGRAPH).numericValue().intValue(), Part.of(d.get(ArchiveSchema.LABEL)),
                    Part.of(d.get(ArchiveSchema.SECTION)), Passage.of(d.get(ArchiveSchema.TEXT)));
        }

        boolean problem() {
            return Similarities.isProblem(label, section, passage.text());
        }

        /** Titles, bylines and short headings are not passages anyone copies or repeats. */
        boolean comparable() {
            return (label != Part.OTHER || section != Part.OTHER) && passage.gramCount() >= Similarities.MIN_GRAMS;
        }
    }

    /** A paragraph of the report under review that states a problem (by the classifier or by its part). */
    private static boolean problem(RuleContext context, AnalyzedParagraph p) {
        return Similarities.isProblem(context.label(p).label(), p.section(), p.text());
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AnalyzedReport r = context.report();
        String key = archive.unitKey(r.meta().unit());
        Integer year = r.meta().year();
        Self self = new Self(key, year, key != null && year != null ? ArchivedReport.reportId(key, year) : null,
                Archive.contentHash(r));
        return archive.read(s -> {
            ArchiveStatistics stats = new ArchiveStatistics(s, self.hash(), shared.of(s));
            List<Integer> years = key == null ? List.of() : yearsOf(s, key);
            List<Candidate> own = key == null ? List.of() : earlier(s, self, years);
            Map<AnalyzedParagraph, Passage> passages = new LinkedHashMap<>();
            Map<AnalyzedParagraph, Passage> problems = new LinkedHashMap<>();
            for (AnalyzedParagraph p : r.paragraphs()) {
                // not p.isHeadingOnly(): a one-sentence problem (一是……不够稳定。) often parses as a heading line
                Passage passage = Passage.of(p);
                if (passage.grams().size() < Similarities.MIN_GRAMS) continue;
                passages.put(p, passage);
                if (problem(context, p)) problems.put(p, passage);
            }
            Map<AnalyzedParagraph, Passage> copyable = new LinkedHashMap<>();
            for (var e : passages.entrySet()) {
                Part label = context.label(e.getKey()).label();
                if (e.getValue().grams().size() >= Similarities.MIN_COPY_GRAMS && (label != Part.OTHER || e.getKey().section() != Part.OTHER)) {
                    copyable.put(e.getKey(), e.getValue());
                }
            }
            // the previous year's plans, read now: a cluster is asked for all the figures below at once
            Previous previous = key != null && year != null ? previous(s, key, year, years) : null;
            if (s.remote()) {
                List<Passage> compared = new ArrayList<>(problems.values());
                own.stream().filter(Candidate::problem).forEach(c -> compared.add(c.passage()));
                List<String> words = new ArrayList<>();
                if (previous != null) previous.plans().forEach(t -> {
                    words.addAll(t.terms().named());
                    words.addAll(t.terms().words());
                });
                stats.prefetch(compared, copyable.values(), words);
            }
            List<Finding> out = repeated(problems, own, stats);
            Map<AnalyzedParagraph, CandidateSource.Pages> others = candidates.others(s, stats, copyable, self);
            for (var e : passages.entrySet()) {
                AnalyzedParagraph p = e.getKey();
                Part label = context.label(p).label();
                if (others.containsKey(p)) copied(p, e.getValue(), others.get(p), stats, year).ifPresent(out::add);
                if (label == Part.ACHIEVEMENT && !problems.containsKey(p)) selfCopy(p, e.getValue(), own).ifPresent(out::add);
            }
            if (previous != null) out.addAll(commitments(context, previous, stats));
            out.sort(Comparator.comparing((Finding f) -> f.paragraph() == null ? Integer.MAX_VALUE : f.paragraph()));
            return out;
        });
    }

    /** The years the archive holds a report of the unit, oldest first. */
    private static List<Integer> yearsOf(ArchiveSearcher s, String unitKey) throws IOException {
        return s.all(ArchiveQueries.reportsOf(unitKey)).stream().map(ArchiveSchema::year).sorted().distinct().toList();
    }

    /**
     * The unit's paragraphs of its latest earlier years (all its other years when this report has none), by year
     * and paragraph: the same order whatever order an engine reads them in.
     */
    private static List<Candidate> earlier(ArchiveSearcher s, Self self, List<Integer> held) throws IOException {
        TreeSet<Integer> years = new TreeSet<>(held);
        if (self.year() != null) years = new TreeSet<>(years.headSet(self.year()));
        while (years.size() > MAX_EARLIER_YEARS) years.pollFirst();
        if (years.isEmpty()) return List.of();
        Query q = ArchiveQueries.history(self.unitKey(), years.first(), years.last(), self.id(), self.hash());
        List<Candidate> out = new ArrayList<>();
        for (Document d : s.all(q)) {
            Candidate c = Candidate.of(d);
            if (c.comparable()) out.add(c);
        }
        out.sort(Comparator.comparingInt(Candidate::year).thenComparingInt(Candidate::paragraph));
        return out;
    }

    /** A concrete plan of the previous report, with its key terms. */
    record Plan(ArchivedParagraph paragraph, Commitments.Terms terms) {}

    /** The unit's previous report (its latest year before this one): where it stands and its concrete plans. */
    record Previous(String unit, String unitKey, int year, List<Plan> plans) {}

    private static Previous previous(ArchiveSearcher s, String key, int year, List<Integer> held) throws IOException {
        List<Integer> earlier = held.stream().filter(y -> y < year).toList();
        if (earlier.isEmpty()) return null;
        int previousYear = earlier.get(earlier.size() - 1);
        String id = ArchivedReport.reportId(key, previousYear);
        List<Document> head = s.all(ArchiveQueries.ofReport(id, true));
        if (head.isEmpty()) return null;
        List<ArchivedParagraph> ps = new ArrayList<>();
        for (Document d : s.all(ArchiveQueries.ofReport(id, false))) ps.add(ArchiveSchema.paragraph(d));
        ps.sort(Comparator.comparingInt(ArchivedParagraph::index));
        List<Plan> plans = new ArrayList<>();
        for (ArchivedParagraph plan : ps) {
            if (!Commitments.isCommitment(plan.label(), plan.section())) continue;
            Passage passage = Passage.of(plan.text());
            if (!Commitments.concrete(passage)) continue;
            Commitments.Terms terms = Commitments.terms(passage);
            if (terms.empty()) continue;
            plans.add(new Plan(plan, terms));
        }
        return new Previous(head.get(0).get(ArchiveSchema.UNIT), key, previousYear, plans);
    }

    /** REPEATED_PROBLEM: see {@link RepeatedProblems}; the evidence names every earlier year it was raised. */
    private List<Finding> repeated(Map<AnalyzedParagraph, Passage> problems, List<Candidate> own, ArchiveStatistics stats) {
        List<Candidate> earlier = own.stream().filter(Candidate::problem).toList();
        List<Finding> out = new ArrayList<>();
        var matches = RepeatedProblems.match(problems, earlier, Candidate::year, Candidate::passage, stats, thresholds.repeat());
        if (matches.isEmpty()) return out;
        // how long each earlier problem had already recurred: the chain of repeats behind a match
        var history = RepeatedProblems.history(earlier, Candidate::year, Candidate::passage, stats, thresholds.repeat(), MAX_EARLIER_YEARS);
        for (var e : matches.entrySet()) out.add(repeated(e.getKey(), problems.get(e.getKey()), e.getValue(), history));
        return out;
    }

    private Finding repeated(AnalyzedParagraph p, Passage passage, List<RepeatedProblems.Match<Candidate>> matched,
                             Map<Candidate, RepeatedProblems.Raised<Candidate>> history) {
        RepeatedProblems.Match<Candidate> latest = matched.get(matched.size() - 1);
        // the earlier years it was raised in, directly or through the chain (this report has no year of its own here)
        TreeSet<Integer> years = new TreeSet<>(RepeatedProblems.years(latest.year(), matched, history));
        List<Map<String, Object>> matches = new ArrayList<>();
        for (var m : matched) {
            Map<String, Object> x = source(m.earlier());
            scored(x, m.repeat());
            x.put("topics", m.repeat().topics());
            matches.add(x);
        }
        Similarities.Repeat best = latest.repeat();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("source", source(latest.earlier()));
        scored(evidence, best);
        evidence.put("topics", best.topics());
        evidence.put("years", List.copyOf(years));
        evidence.put("matches", matches);
        int recurrence = years.size() + 1;
        evidence.put("recurrence", recurrence);
        String topic = best.topics().isEmpty() ? "" : "（同属“" + String.join("、", best.topics()) + "”问题）";
        // paragraphs are numbered from 1 for people (第1段 = JSON index 0)
        String message = String.format("该问题在%s年度述职报告第%d段中已提出%s%s，本年度再次出现，已有%d个年度被列为问题（“年年述、年年改、年年在”）；请说明整改为何未见效，并提出更有针对性的措施。",
                latest.year(), latest.earlier().paragraph() + 1, topic, years.size() > 1 ? "（另见" + joinOthers(years, latest.year()) + "年度）" : "", recurrence);
        return new Finding(REPEATED_PROBLEM, Severity.WARNING, p.index(),
                PassageSimilarity.span(passage.grams(), latest.earlier().passage().grams()), message, evidence);
    }

    /**
     * COPIED_FROM_OTHER_REPORT: the other unit's paragraph that holds most of this one verbatim, in
     * stretches that are not stock formulations. Of the same year, who copied whom cannot be told: both
     * reports are flagged, and the evidence says so.
     */
    private Optional<Finding> copied(AnalyzedParagraph p, Passage passage, CandidateSource.Pages others, ArchiveStatistics stats,
                                     Integer year) throws IOException {
        Candidate best = null;
        Similarities.Copy bestCopy = null;
        // reworded copies of one text in many units are often word for word the same: confirmed once
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<Candidate> page = others.next(); !page.isEmpty(); page = others.next()) {
            double closest = 0;
            for (Candidate c : page) {
                if (!seen.add(c.passage().normalized())) continue;
                Similarities.Copy copy = Similarities.copy(passage, c.passage(), stats, thresholds.copy());
                if (copy.longest() >= Similarities.MIN_COPY_STRETCH) closest = Math.max(closest, copy.share());
                if (copy.confirmed(thresholds.copy()) && (bestCopy == null || copy.share() > bestCopy.share())) {
                    best = c;
                    bestCopy = copy;
                }
            }
            // the next page only when this one came close without a copy: reworded copies of a text rank alike
            if (best != null || closest < thresholds.copy() - Similarities.NEAR_COPY) break;
        }
        if (best == null) return Optional.empty();
        boolean sameYear = year != null && best.year() == year;
        Map<String, Object> evidence = evidence(best, bestCopy.share());
        evidence.put("longestShared", bestCopy.longest());
        evidence.put("tiles", bestCopy.tiles());
        evidence.put("sameYear", sameYear);
        String message = sameYear
                ? String.format("该段与%s同年度述职报告第%d段大段文字相同（%.0f%%的文字逐字相同），疑似相互照搬（同年度，无法判断谁抄谁）；述职报告应写本人本单位的实际情况。",
                        best.unit(), best.paragraph() + 1, bestCopy.share() * 100)
                : String.format("该段与%s%d年度述职报告第%d段大段文字相同（%.0f%%的文字逐字相同），疑似照搬他人材料；述职报告应写本人本单位的实际情况。",
                        best.unit(), best.year(), best.paragraph() + 1, bestCopy.share() * 100);
        return Optional.of(new Finding(COPIED_FROM_OTHER_REPORT, Severity.ERROR, p.index(), bestCopy.span(), message, evidence));
    }

    private Optional<Finding> selfCopy(AnalyzedParagraph p, Passage passage, List<Candidate> own) {
        Candidate best = null;
        double bestSim = 0;
        for (Candidate c : own) {
            // an achievement carried over stands as an achievement in the earlier report too
            if (c.label() != Part.ACHIEVEMENT && c.section() != Part.ACHIEVEMENT) continue;
            double sim = PassageSimilarity.containment(passage.grams(), c.passage().grams());
            if (sim >= Similarities.SELF_COPY_THRESHOLD && sim > bestSim) {
                best = c;
                bestSim = sim;
            }
        }
        if (best == null) return Optional.empty();
        String message = String.format("该段成绩与本单位%d年度述职报告第%d段基本相同（相似度%.0f%%），疑似沿用往年材料；请写本年度的新做法和新成效。",
                best.year(), best.paragraph() + 1, bestSim * 100);
        return Optional.of(new Finding(SELF_COPY, Severity.WARNING, p.index(),
                PassageSimilarity.span(passage.grams(), best.passage().grams()), message, evidence(best, bestSim)));
    }

    /**
     * COMMITMENT_NOT_ADDRESSED: each concrete plan of the unit's previous report (deadline, frequency,
     * figure or named document) whose key terms this report hardly names ({@link Commitments}).
     */
    private List<Finding> commitments(RuleContext context, Previous previous, ArchiveStatistics stats) {
        if (previous.plans().isEmpty()) return List.of();
        // this year's own plans promise again; they do not answer last year's promise
        StringBuilder text = new StringBuilder();
        for (AnalyzedParagraph p : context.report().paragraphs()) {
            if (!Commitments.isCommitment(context.label(p).label(), p.section())) text.append(p.normalized()).append('\n');
        }
        List<Finding> out = new ArrayList<>();
        for (Plan p : previous.plans()) {
            ArchivedParagraph plan = p.paragraph();
            Commitments.Answer answer = Commitments.answerOfNormalized(p.terms(), text.toString(), stats);
            if (answer.share() > thresholds.answer()) continue;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("source", source(previous.unit(), previous.unitKey(), previous.year(), plan.index(), plan.text()));
            evidence.put("similarity", Similarities.round(answer.share()));
            evidence.put("named", answer.found());
            evidence.put("missing", answer.missing());
            out.add(new Finding(COMMITMENT_NOT_ADDRESSED, Severity.WARNING, null, null,
                    String.format("%d年度述职报告第%d段作出的承诺（%s）在本报告中没有回应；按要求应对上年度承诺事项逐一作出回应。",
                            previous.year(), plan.index() + 1, String.join("、", answer.missing().stream().limit(4).toList())), evidence));
        }
        return out;
    }

    /**
     * A repeat's figures: {@code similarity} is how alike the two problems read (0..1, what people are shown);
     * {@code score} adds the topic and persistence bonuses and is what the threshold is compared with.
     */
    private static void scored(Map<String, Object> into, Similarities.Repeat repeat) {
        into.put("similarity", Similarities.round(repeat.similarity()));
        into.put("score", Similarities.round(repeat.score()));
    }

    private static Map<String, Object> evidence(Candidate c, double sim) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("source", source(c));
        e.put("similarity", Similarities.round(sim));
        return e;
    }

    private static Map<String, Object> source(Candidate c) {
        return source(c.unit(), c.unitKey(), c.year(), c.paragraph(), c.passage().text());
    }

    private static Map<String, Object> source(String unit, String unitKey, int year, int paragraph, String text) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("unit", unit);
        s.put("unitKey", unitKey);
        s.put("year", year);
        s.put("paragraph", paragraph);
        s.put("text", text);
        return s;
    }

    private static String joinOthers(TreeSet<Integer> years, int except) {
        return String.join("、", years.stream().filter(y -> y != except).map(String::valueOf).toList());
    }
}
