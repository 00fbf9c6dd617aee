package org.shuzhi.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.rules.Check;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.RuleContext;
import org.shuzhi.rules.Severity;
import org.shuzhi.rules.Span;

/**
 * The cross-report rules: REPEATED_PROBLEM, COMMITMENT_NOT_ADDRESSED, COPIED_FROM_OTHER_REPORT and
 * SELF_COPY. Lucene finds candidates (paragraphs sharing rare words); {@link Similarities} confirms them.
 * A report is never compared with itself (same unit and year, or same text), and only with years up to
 * its own.
 */
final class ArchiveChecks implements Check {
    public static final String REPEATED_PROBLEM = "REPEATED_PROBLEM";
    public static final String COMMITMENT_NOT_ADDRESSED = "COMMITMENT_NOT_ADDRESSED";
    public static final String COPIED_FROM_OTHER_REPORT = "COPIED_FROM_OTHER_REPORT";
    public static final String SELF_COPY = "SELF_COPY";

    /** Candidates per paragraph and query: the unit's own history is small; other units' best few suffice. */
    private static final int OWN_CANDIDATES = 30;
    private static final int OTHER_CANDIDATES = 10;

    private final Archive archive;

    ArchiveChecks(Archive archive) {
        this.archive = archive;
    }

    /** What this report is, for the self-exclusion and year filters. */
    private record Self(String unitKey, Integer year, String id, String hash) {}

    private record Candidate(Document doc, PassageSimilarity.Grams grams, int year, boolean sameUnit, Part label, Part section) {
        boolean problem() {
            return (label == Part.PROBLEM || section == Part.PROBLEM) && !Similarities.isCauseAnalysis(doc.get(ArchiveSchema.TEXT));
        }
    }

    /** A paragraph of the report under review that states a problem (by the classifier or by its part). */
    private static boolean problem(RuleContext context, AnalyzedParagraph p) {
        return (context.label(p).label() == Part.PROBLEM || p.section() == Part.PROBLEM) && !Similarities.isCauseAnalysis(p.text());
    }

    @Override
    public List<Finding> check(RuleContext context) {
        AnalyzedReport r = context.report();
        String key = archive.unitKey(r.meta().unit());
        Integer year = r.meta().year();
        Self self = new Self(key, year, key != null && year != null ? ArchivedReport.reportId(key, year) : null,
                Archive.contentHash(r));
        return archive.withSearcher(s -> {
            List<Finding> out = new ArrayList<>();
            Map<AnalyzedParagraph, PassageSimilarity.Grams> problems = new LinkedHashMap<>();
            for (AnalyzedParagraph p : r.paragraphs()) {
                if (!p.isHeadingOnly() && problem(context, p)) problems.put(p, PassageSimilarity.of(p.text()));
            }
            Rarity rarity = new Rarity(s);
            for (AnalyzedParagraph p : r.paragraphs()) {
                if (p.isHeadingOnly()) continue;
                PassageSimilarity.Grams grams = PassageSimilarity.of(p.text());
                if (grams.size() < Similarities.MIN_GRAMS) continue;
                Part label = context.label(p).label();
                List<Candidate> own = key == null ? List.of()
                        : candidates(s, p.text(), self, true, OWN_CANDIDATES);
                if (grams.size() >= Similarities.MIN_COPY_GRAMS && (label != Part.OTHER || p.section() != Part.OTHER)) {
                    List<Candidate> others = candidates(s, p.text(), self, key == null ? null : false, OTHER_CANDIDATES);
                    copied(p, grams, others, rarity).ifPresent(out::add);
                }
                if (problems.containsKey(p)) repeated(p, grams, own, problems).ifPresent(out::add);
                else if (label == Part.ACHIEVEMENT) selfCopy(p, grams, own).ifPresent(out::add);
            }
            if (key != null && year != null) out.addAll(commitments(context, key, year));
            return out;
        });
    }

    private List<Candidate> candidates(IndexSearcher s, String text, Self self, Boolean sameUnit, int n) throws IOException {
        Query q = archive.queries().candidates(text, self.unitKey(), self.year(), sameUnit, null, self.id(), self.hash());
        List<Candidate> out = new ArrayList<>();
        var stored = s.storedFields();
        for (ScoreDoc sd : s.search(q, n).scoreDocs) {
            Document d = stored.document(sd.doc);
            int y = ArchiveSchema.year(d);
            boolean same = self.unitKey() != null && self.unitKey().equals(d.get(ArchiveSchema.UNIT_KEY));
            // the same unit is compared with earlier years only; its own year is this report
            if (same && self.year() != null && y >= self.year()) continue;
            PassageSimilarity.Grams grams = PassageSimilarity.of(d.get(ArchiveSchema.TEXT));
            // headings, titles and closings are not passages anyone copies or repeats
            if (grams.size() < Similarities.MIN_GRAMS || Part.of(d.get(ArchiveSchema.LABEL)) == Part.OTHER) continue;
            out.add(new Candidate(d, grams, y, same,
                    Part.of(d.get(ArchiveSchema.LABEL)), Part.of(d.get(ArchiveSchema.SECTION))));
        }
        return out;
    }

    /**
     * The closest earlier problem of each year, kept if similar enough and if this paragraph is in turn
     * that problem's closest match here (a reworded repeat, not two problems sharing a few words).
     */
    private Optional<Finding> repeated(AnalyzedParagraph p, PassageSimilarity.Grams grams, List<Candidate> own,
                                       Map<AnalyzedParagraph, PassageSimilarity.Grams> problems) {
        Map<Integer, Candidate> bestOfYear = new HashMap<>();
        Map<Integer, Double> simOfYear = new HashMap<>();
        for (Candidate c : own) {
            if (!c.problem()) continue;
            double sim = Similarities.repeat(grams, c.grams());
            if (sim > simOfYear.getOrDefault(c.year(), 0.0)) {
                bestOfYear.put(c.year(), c);
                simOfYear.put(c.year(), sim);
            }
        }
        Candidate best = null;
        double bestSim = 0;
        TreeSet<Integer> years = new TreeSet<>();
        List<Map<String, Object>> matches = new ArrayList<>();
        for (var e : bestOfYear.entrySet()) {
            Candidate c = e.getValue();
            double sim = simOfYear.get(e.getKey());
            if (sim < Similarities.REPEAT_THRESHOLD || !closestTo(c, p, sim, problems)) continue;
            years.add(c.year());
            matches.add(source(c.doc().get(ArchiveSchema.UNIT), c.year(), paragraph(c), c.doc().get(ArchiveSchema.TEXT)));
            matches.get(matches.size() - 1).put("similarity", Similarities.round(sim));
            // the latest earlier year is the one the reviewer asks about first
            if (best == null || c.year() > best.year()) {
                best = c;
                bestSim = sim;
            }
        }
        if (best == null) return Optional.empty();
        int recurrence = years.size() + 1;
        Map<String, Object> evidence = evidence(best, bestSim);
        evidence.put("years", List.copyOf(years));
        evidence.put("matches", matches);
        evidence.put("recurrence", recurrence);
        String message = String.format("该问题在%s年度述职报告中已提出%s，本年度再次出现，已连续%d年被列为问题（“年年述、年年改、年年在”）；请说明整改为何未见效，并提出更有针对性的措施。",
                best.year(), years.size() > 1 ? "（另见" + joinOthers(years, best.year()) + "年度）" : "", recurrence);
        return Optional.of(new Finding(REPEATED_PROBLEM, Severity.WARNING, p.index(),
                PassageSimilarity.span(grams, best.grams()), message, evidence));
    }

    private static boolean closestTo(Candidate c, AnalyzedParagraph p, double sim,
                                     Map<AnalyzedParagraph, PassageSimilarity.Grams> problems) {
        for (var e : problems.entrySet()) {
            if (e.getKey() != p && Similarities.repeat(e.getValue(), c.grams()) > sim) return false;
        }
        return true;
    }

    private Optional<Finding> copied(AnalyzedParagraph p, PassageSimilarity.Grams grams, List<Candidate> others, Rarity rarity) {
        Candidate best = null;
        double bestSim = 0;
        for (Candidate c : others) {
            if (c.sameUnit()) continue;
            double sim = Similarities.copy(grams, c.grams(), rarity);
            if (sim >= Similarities.COPY_THRESHOLD && sim > bestSim) {
                best = c;
                bestSim = sim;
            }
        }
        if (best == null) return Optional.empty();
        String message = String.format("该段与%s%d年度述职报告第%d段高度相似（相似度%.0f%%），疑似照搬他人材料；述职报告应写本人本单位的实际情况。",
                best.doc().get(ArchiveSchema.UNIT), best.year(), paragraph(best), bestSim * 100);
        return Optional.of(new Finding(COPIED_FROM_OTHER_REPORT, Severity.ERROR, p.index(),
                PassageSimilarity.span(grams, best.grams()), message, evidence(best, bestSim)));
    }

    private Optional<Finding> selfCopy(AnalyzedParagraph p, PassageSimilarity.Grams grams, List<Candidate> own) {
        Candidate best = null;
        double bestSim = 0;
        for (Candidate c : own) {
            double sim = PassageSimilarity.containment(grams, c.grams());
            if (sim >= Similarities.SELF_COPY_THRESHOLD && sim > bestSim) {
                best = c;
                bestSim = sim;
            }
        }
        if (best == null) return Optional.empty();
        String message = String.format("该段成绩与本单位%d年度述职报告第%d段基本相同（相似度%.0f%%），疑似沿用往年材料；请写本年度的新做法和新成效。",
                best.year(), paragraph(best), bestSim * 100);
        return Optional.of(new Finding(SELF_COPY, Severity.WARNING, p.index(),
                PassageSimilarity.span(grams, best.grams()), message, evidence(best, bestSim)));
    }

    /** Each plan of the unit's previous report that no paragraph of this one answers. */
    private List<Finding> commitments(RuleContext context, String key, int year) {
        List<Integer> earlier = archive.yearsOf(key).stream().filter(y -> y < year).toList();
        if (earlier.isEmpty()) return List.of();
        int previousYear = earlier.get(earlier.size() - 1);
        Optional<ArchivedReport> previous = archive.report(key, previousYear);
        if (previous.isEmpty()) return List.of();
        List<PassageSimilarity.Grams> current = new ArrayList<>();
        for (AnalyzedParagraph p : context.report().paragraphs()) current.add(PassageSimilarity.of(p.text()));
        List<Finding> out = new ArrayList<>();
        for (ArchivedParagraph plan : previous.get().labelled(Part.PLAN)) {
            PassageSimilarity.Grams g = PassageSimilarity.of(plan.text());
            if (g.size() < Similarities.MIN_GRAMS) continue;
            double best = 0;
            for (PassageSimilarity.Grams c : current) best = Math.max(best, Similarities.answer(g, c));
            if (best >= Similarities.ANSWER_THRESHOLD) continue;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("source", source(previous.get().unit(), previousYear, plan.index(), plan.text()));
            evidence.put("similarity", Similarities.round(best));
            out.add(new Finding(COMMITMENT_NOT_ADDRESSED, Severity.WARNING, null, null,
                    String.format("%d年度述职报告第%d段作出的承诺在本报告中没有回应；按要求应对上年度承诺事项逐一作出回应。",
                            previousYear, plan.index()), evidence));
        }
        return out;
    }

    /** A bigram's weight: log inverse of the share of archived reports containing it (cached per check). */
    private static final class Rarity implements java.util.function.ToDoubleFunction<String> {
        private final IndexSearcher searcher;
        private final double reports;
        private final Map<String, Double> cache = new HashMap<>();

        Rarity(IndexSearcher searcher) throws IOException {
            this.searcher = searcher;
            this.reports = searcher.count(ArchiveQueries.reports());
        }

        @Override
        public double applyAsDouble(String gram) {
            return cache.computeIfAbsent(gram, g -> {
                try {
                    int df = searcher.getIndexReader().docFreq(new org.apache.lucene.index.Term(ArchiveSchema.GRAMS, g));
                    return Math.log((reports + 1) / (df + 1));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private static Map<String, Object> evidence(Candidate c, double sim) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("source", source(c.doc().get(ArchiveSchema.UNIT), c.year(), paragraph(c), c.doc().get(ArchiveSchema.TEXT)));
        e.put("similarity", Similarities.round(sim));
        return e;
    }

    private static Map<String, Object> source(String unit, int year, int paragraph, String text) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("unit", unit);
        s.put("year", year);
        s.put("paragraph", paragraph);
        s.put("text", text);
        return s;
    }

    private static int paragraph(Candidate c) {
        return c.doc().getField(ArchiveSchema.PARAGRAPH).numericValue().intValue();
    }

    private static String joinOthers(TreeSet<Integer> years, int except) {
        return String.join("、", years.stream().filter(y -> y != except).map(String::valueOf).toList());
    }
}
