package org.shuzhi.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.ScoreDoc;
import org.shuzhi.classify.Labeled;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.corpus.CrossReference;
import org.shuzhi.corpus.CrossReferenceCorrection;
import org.shuzhi.document.Part;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.rules.Check;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleContext;

/**
 * Measures the cross-report checks on the corpus: builds an archive of every corpus report (unit, year
 * and role from the manifest, as {@code index --unit --year --role} would), reviews each report of the
 * units with enough years against it, and compares the findings with {@code crossrefs.tsv}.
 */
public final class ArchiveEvaluation {
    public static final List<String> RULES = List.of(ArchiveChecks.REPEATED_PROBLEM, ArchiveChecks.COPIED_FROM_OTHER_REPORT,
            ArchiveChecks.SELF_COPY, ArchiveChecks.COMMITMENT_NOT_ADDRESSED);

    /**
     * True and false positives and misses of one rule; {@code reverse}: copies flagged the other way round
     * within one year (the gold names the later writer, a same-year pair cannot tell): right for precision.
     */
    public record Counts(int tp, int fp, int fn, int reverse) {
        public Counts(int tp, int fp, int fn) {
            this(tp, fp, fn, 0);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, reverse + o.reverse);
        }

        public double precision() {
            return tp + reverse + fp == 0 ? 1 : (tp + reverse) / (double) (tp + reverse + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }
    }

    /** Where Lucene ranks the gold source of a repeated problem among the unit's earlier paragraphs. */
    public record Ranking(int links, int at1, int at5, int at30, double mrr) {}

    /** Leave-one-unit-out: each unit judged with the threshold fitted on all the other units. */
    public record HeldOut(String rule, String scope, Counts counts, double minThreshold, double maxThreshold, double shipped) {}

    public record Result(ArchiveAnalyzers.Tokens tokens, String labels, int reports, int evaluated, int minYears,
                         Map<String, Counts> counts, Map<String, Counts> countsAll, List<HeldOut> heldOut, Ranking ranking,
                         double indexMillis, double[] checkMillis, double loadAverage, Counts unitPairs, List<String> mistakes) {
        public double medianMillis() {
            return percentile(0.5);
        }

        public double percentile(double p) {
            if (checkMillis.length == 0) return 0;
            double[] s = checkMillis.clone();
            Arrays.sort(s);
            return s[Math.min(s.length - 1, (int) Math.ceil(p * s.length) - 1)];
        }
    }

    private record Key(String id, int paragraph) {}

    /** A gold link: this paragraph takes from that one. */
    private record Link(String rule, Key key, Key source) {}

    /** A scored finding of the raw run, for fitting thresholds. */
    private record Scored(String unit, Key key, double score, boolean correct, boolean reverse) {}

    /** Runs timed per report for the latency; the fastest counts. */
    static final int TIMED_RUNS = 3;

    private ArchiveEvaluation() {}

    /** The gold unit of a corpus report: its id without the year. */
    static String goldUnit(String id) {
        return id.replaceAll("-\\d{4}$", "");
    }

    /** The corpus's own paragraph labels, as a labeler: the rules judged apart from the classifier's errors. */
    public static Function<AnalyzedReport, List<Labeled>> corpusLabels(Corpus corpus) {
        return a -> {
            String id = Path.of(a.file()).getFileName().toString().replaceAll("\\.txt$", "");
            List<Part> parts = corpus.labels(id);
            List<Labeled> out = new ArrayList<>();
            for (int i = 0; i < a.paragraphs().size(); i++) out.add(new Labeled(i < parts.size() ? parts.get(i) : Part.OTHER, 1.0));
            return out;
        };
    }

    public static Result run(Corpus corpus, ArchiveAnalyzers.Tokens tokens, int minYears,
                             Function<AnalyzedReport, List<Labeled>> labeler, String labelsName, Path workDir) throws IOException {
        return run(corpus, tokens, minYears, labeler, labelsName, workDir, List.of());
    }

    /** As {@link #run}, with the gold links of crossrefs.tsv corrected (crossrefs-corrections.tsv). */
    public static Result run(Corpus corpus, ArchiveAnalyzers.Tokens tokens, int minYears,
                             Function<AnalyzedReport, List<Labeled>> labeler, String labelsName, Path workDir,
                             List<CrossReferenceCorrection> corrections) throws IOException {
        List<CorpusEntry> entries = corpus.entries();
        Map<String, AnalyzedReport> analyzed = new LinkedHashMap<>();
        Map<String, List<Labeled>> labels = new HashMap<>();
        for (CorpusEntry e : entries) {
            AnalyzedReport a = ReportAnalyzer.analyze(corpus.report(e.id()), new ReportMeta(e.unit(), e.year(), e.role()));
            analyzed.put(e.id(), a);
            labels.put(e.id(), labeler.apply(a));
        }
        Map<String, Integer> yearsPerUnit = new HashMap<>();
        for (CorpusEntry e : entries) yearsPerUnit.merge(goldUnit(e.id()), 1, Integer::sum);
        Set<String> evaluated = new TreeSet<>();
        for (CorpusEntry e : entries) if (yearsPerUnit.get(goldUnit(e.id())) >= minYears) evaluated.add(e.id());

        Path dir = Files.createTempDirectory(workDir, "archive-eval-" + tokens.id() + "-");
        try (Archive archive = Archive.open(dir, tokens)) {
            long t0 = System.nanoTime();
            List<ArchiveEntry> batch = new ArrayList<>();
            for (CorpusEntry e : entries) batch.add(new ArchiveEntry(analyzed.get(e.id()), labels.get(e.id())));
            List<ArchivedReport> added = archive.addAll(batch);
            double indexMillis = (System.nanoTime() - t0) / 1e6;
            Map<String, String> keyOf = new HashMap<>();
            Map<String, String> idOf = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                keyOf.put(entries.get(i).id(), added.get(i).unitKey());
                idOf.put(added.get(i).id(), entries.get(i).id());
            }
            Counts unitPairs = unitPairs(entries, keyOf);

            Set<Link> links = new HashSet<>();
            for (CrossReference x : corpus.crossReferences()) if (RULES.contains(x.kind())) links.add(link(x));
            for (CrossReferenceCorrection c : corrections) {
                if (c.added()) links.add(link(c.link()));
                else links.remove(link(c.link()));
            }
            Map<String, Set<Key>> gold = new HashMap<>(), goldAll = new HashMap<>();
            for (String r : RULES) {
                gold.put(r, new HashSet<>());
                goldAll.put(r, new HashSet<>());
            }
            for (Link l : links) {
                goldAll.get(l.rule()).add(l.key());
                if (evaluated.contains(l.key().id())) gold.get(l.rule()).add(l.key());
            }

            Check checks = archive.checks();
            // warm up the JVM and the searcher so latency is that of a running service
            for (String id : evaluated) checks.check(context(analyzed.get(id), labels.get(id)));
            List<Double> millis = new ArrayList<>();
            Map<String, Map<Key, Finding>> found = new HashMap<>();
            for (String r : RULES) found.put(r, new HashMap<>());
            for (CorpusEntry e : entries) {
                for (Finding f : checks.check(context(analyzed.get(e.id()), labels.get(e.id())))) found.get(f.rule()).put(key(e.id(), f), f);
            }
            // the fastest of a few runs per report: the machine is shared, and other processes' bursts are not the checks' cost
            for (String id : evaluated) {
                double best = Double.MAX_VALUE;
                for (int i = 0; i < TIMED_RUNS; i++) {
                    long s = System.nanoTime();
                    checks.check(context(analyzed.get(id), labels.get(id)));
                    best = Math.min(best, (System.nanoTime() - s) / 1e6);
                }
                millis.add(best);
            }
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Map<String, Counts> counts = new LinkedHashMap<>(), countsAll = new LinkedHashMap<>();
            List<String> mistakes = new ArrayList<>();
            for (String r : RULES) {
                Map<Key, Finding> fs = found.get(r);
                Set<Key> reverse = new HashSet<>();
                for (var f : fs.entrySet()) {
                    if (!goldAll.get(r).contains(f.getKey()) && reverseOfGold(r, f.getKey(), f.getValue(), idOf, links)) reverse.add(f.getKey());
                }
                counts.put(r, compare(gold.get(r), restrict(fs.keySet(), evaluated), reverse));
                countsAll.put(r, compare(goldAll.get(r), fs.keySet(), reverse));
                for (Key k : sorted(diff(diff(fs.keySet(), goldAll.get(r)), reverse))) {
                    mistakes.add(String.format(Locale.ROOT, "false %s %s ¶%d %s", r, k.id(), k.paragraph(), fs.get(k).evidence()));
                }
                for (Key k : sorted(diff(goldAll.get(r), fs.keySet()))) {
                    mistakes.add(String.format(Locale.ROOT, "missed %s %s ¶%d", r, k.id(), k.paragraph()));
                }
            }

            // thresholds fitted leave-one-unit-out on the scores of a run that keeps every candidate
            Check raw = new ArchiveChecks(archive, archive::sharedOf, Similarities.Thresholds.RAW);
            Map<String, List<Scored>> scored = new HashMap<>();
            for (String r : RULES) scored.put(r, new ArrayList<>());
            for (CorpusEntry e : entries) {
                for (Finding f : raw.check(context(analyzed.get(e.id()), labels.get(e.id())))) {
                    Key k = key(e.id(), f);
                    boolean rev = !goldAll.get(f.rule()).contains(k) && reverseOfGold(f.rule(), k, f, idOf, links);
                    scored.get(f.rule()).add(new Scored(goldUnit(e.id()), k, score(f), goldAll.get(f.rule()).contains(k), rev));
                }
            }
            List<HeldOut> heldOut = List.of(
                    heldOut(ArchiveChecks.REPEATED_PROBLEM, "units with ≥ " + minYears + " years", restrictScored(scored.get(ArchiveChecks.REPEATED_PROBLEM), evaluated),
                            gold.get(ArchiveChecks.REPEATED_PROBLEM), Similarities.Thresholds.DEFAULT.repeat()),
                    heldOut(ArchiveChecks.COPIED_FROM_OTHER_REPORT, "all reports", scored.get(ArchiveChecks.COPIED_FROM_OTHER_REPORT),
                            goldAll.get(ArchiveChecks.COPIED_FROM_OTHER_REPORT), Similarities.Thresholds.DEFAULT.copy()),
                    heldOut(ArchiveChecks.COMMITMENT_NOT_ADDRESSED, "units with ≥ " + minYears + " years",
                            restrictScored(scored.get(ArchiveChecks.COMMITMENT_NOT_ADDRESSED), evaluated),
                            gold.get(ArchiveChecks.COMMITMENT_NOT_ADDRESSED), 1 - Similarities.Thresholds.DEFAULT.answer()));
            Ranking ranking = ranking(archive, corpus, analyzed, keyOf, evaluated);
            return new Result(tokens, labelsName, entries.size(), evaluated.size(), minYears, counts, countsAll, heldOut, ranking, indexMillis,
                    millis.stream().mapToDouble(Double::doubleValue).toArray(), load, unitPairs, mistakes);
        } finally {
            deleteTree(dir);
        }
    }

    private static Link link(CrossReference x) {
        Key k = x.paragraph() == null ? new Key(x.id(), x.sourceParagraph()) : new Key(x.id(), x.paragraph());
        return new Link(x.kind(), k, new Key(x.sourceId(), x.sourceParagraph()));
    }

    private static RuleContext context(AnalyzedReport a, List<Labeled> labels) {
        return new RuleContext(a, labels, Profiles.resolve(null));
    }

    /** A finding's identity: the paragraph, or for an unanswered commitment the commitment's paragraph. */
    @SuppressWarnings("unchecked")
    private static Key key(String id, Finding f) {
        if (f.paragraph() != null) return new Key(id, f.paragraph());
        Map<String, Object> source = (Map<String, Object>) f.evidence().get("source");
        return new Key(id, ((Number) source.get("paragraph")).intValue());
    }

    private static Counts compare(Set<Key> gold, Set<Key> predicted, Set<Key> reverse) {
        int tp = 0, rev = 0;
        for (Key k : predicted) {
            if (gold.contains(k)) tp++;
            else if (reverse.contains(k)) rev++;
        }
        return new Counts(tp, predicted.size() - tp - rev, gold.size() - tp, rev);
    }

    private static Set<Key> restrict(Set<Key> keys, Set<String> ids) {
        Set<Key> out = new HashSet<>();
        for (Key k : keys) if (ids.contains(k.id())) out.add(k);
        return out;
    }

    private static List<Scored> restrictScored(List<Scored> xs, Set<String> ids) {
        return xs.stream().filter(x -> ids.contains(x.key().id())).toList();
    }

    /** A same-year copy flagged on the gold source's side: the gold link read the other way round. */
    @SuppressWarnings("unchecked")
    private static boolean reverseOfGold(String rule, Key k, Finding f, Map<String, String> idOf, Set<Link> links) {
        if (!rule.equals(ArchiveChecks.COPIED_FROM_OTHER_REPORT) || !Boolean.TRUE.equals(f.evidence().get("sameYear"))) return false;
        Map<String, Object> source = (Map<String, Object>) f.evidence().get("source");
        String sourceId = idOf.get(ArchivedReport.reportId((String) source.get("unitKey"), ((Number) source.get("year")).intValue()));
        if (sourceId == null) return false;
        Key sourceKey = new Key(sourceId, ((Number) source.get("paragraph")).intValue());
        return links.contains(new Link(rule, sourceKey, k));
    }

    /**
     * The score a threshold is compared with, higher meaning surer: for a repeat its best match of any year;
     * for an unanswered commitment, 1 − the share of it this report names.
     */
    @SuppressWarnings("unchecked")
    private static double score(Finding f) {
        if (f.rule().equals(ArchiveChecks.COMMITMENT_NOT_ADDRESSED)) return 1 - ((Number) f.evidence().get("similarity")).doubleValue();
        // a repeat carries its ranking score (similarity plus bonuses) apart from the similarity shown
        String key = f.rule().equals(ArchiveChecks.REPEATED_PROBLEM) ? "score" : "similarity";
        double s = ((Number) f.evidence().get(key)).doubleValue();
        Object matches = f.evidence().get("matches");
        if (matches instanceof List<?> ms) {
            for (Object m : ms) s = Math.max(s, ((Number) ((Map<String, Object>) m).get(key)).doubleValue());
        }
        return s;
    }

    /**
     * Leave-one-unit-out: for each unit, the threshold that maximises F1 on the other units' scores
     * (halfway between the lowest score it keeps and the next lower one), applied to this unit.
     */
    private static HeldOut heldOut(String rule, String scope, List<Scored> scored, Set<Key> gold, double shipped) {
        Set<String> units = new TreeSet<>();
        for (Scored x : scored) units.add(x.unit());
        for (Key k : gold) units.add(goldUnit(k.id()));
        Counts total = new Counts(0, 0, 0, 0);
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (String u : units) {
            List<Scored> train = scored.stream().filter(x -> !x.unit().equals(u)).toList();
            long trainGold = gold.stream().filter(k -> !goldUnit(k.id()).equals(u)).count();
            double t = fit(train, trainGold);
            min = Math.min(min, t);
            max = Math.max(max, t);
            int tp = 0, fp = 0, rev = 0;
            for (Scored x : scored) {
                if (!x.unit().equals(u) || x.score() < t) continue;
                if (x.correct()) tp++;
                else if (x.reverse()) rev++;
                else fp++;
            }
            long unitGold = gold.stream().filter(k -> goldUnit(k.id()).equals(u)).count();
            total = total.plus(new Counts(tp, fp, (int) unitGold - tp, rev));
        }
        return new HeldOut(rule, scope, total, min, max, shipped);
    }

    private static double fit(List<Scored> train, long gold) {
        List<Double> values = train.stream().map(Scored::score).distinct().sorted(Comparator.reverseOrder()).toList();
        if (values.isEmpty()) return 1;
        double bestF = -1;
        List<Double> best = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double t = values.get(i);
            int tp = 0, fp = 0, rev = 0;
            for (Scored x : train) {
                if (x.score() < t) continue;
                if (x.correct()) tp++;
                else if (x.reverse()) rev++;
                else fp++;
            }
            double p = tp + rev + fp == 0 ? 1 : (tp + rev) / (double) (tp + rev + fp), r = gold == 0 ? 1 : tp / (double) gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            // the cut halfway between this score and the next lower one
            double cut = i + 1 < values.size() ? (t + values.get(i + 1)) / 2 : t / 2;
            if (f > bestF + 1e-12) {
                bestF = f;
                best.clear();
            }
            if (Math.abs(f - bestF) <= 1e-12) best.add(cut);
        }
        // of equally good cuts, the middle one: the widest margin on both sides
        return best.get(best.size() / 2);
    }

    private static Set<Key> diff(Set<Key> a, Set<Key> b) {
        Set<Key> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static List<Key> sorted(Set<Key> keys) {
        return keys.stream().sorted(Comparator.comparing(Key::id).thenComparingInt(Key::paragraph)).toList();
    }

    /** Pairs of reports: same unit in truth (id prefix) against same key in the archive. */
    private static Counts unitPairs(List<CorpusEntry> entries, Map<String, String> keyOf) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                String a = entries.get(i).id(), b = entries.get(j).id();
                boolean gold = goldUnit(a).equals(goldUnit(b));
                boolean pred = keyOf.get(a).equals(keyOf.get(b));
                if (gold && pred) tp++;
                else if (pred) fp++;
                else if (gold) fn++;
            }
        }
        return new Counts(tp, fp, fn);
    }

    /** For each gold repeated-problem link: the rank of its source among Lucene's same-unit candidates. */
    private static Ranking ranking(Archive archive, Corpus corpus, Map<String, AnalyzedReport> analyzed,
                                   Map<String, String> keyOf, Set<String> evaluated) {
        int links = 0, at1 = 0, at5 = 0, at30 = 0;
        double rr = 0;
        for (CrossReference x : corpus.crossReferences()) {
            if (!x.kind().equals(ArchiveChecks.REPEATED_PROBLEM) || x.paragraph() == null || !evaluated.contains(x.id())) continue;
            links++;
            AnalyzedReport a = analyzed.get(x.id());
            String text = a.paragraphs().get(x.paragraph()).text();
            String key = keyOf.get(x.id());
            int year = corpus.entry(x.id()).year();
            int sourceYear = corpus.entry(x.sourceId()).year();
            var q = archive.queries().candidates(text, key, year - 1, true, null, ArchivedReport.reportId(key, year), null);
            int rank = archive.withSearcher(s -> {
                var stored = s.storedFields();
                ScoreDoc[] docs = s.search(q, 30).scoreDocs;
                for (int i = 0; i < docs.length; i++) {
                    Document d = stored.document(docs[i].doc);
                    if (ArchiveSchema.year(d) == sourceYear
                            && d.getField(ArchiveSchema.PARAGRAPH).numericValue().intValue() == x.sourceParagraph()) return i + 1;
                }
                return 0;
            });
            if (rank == 1) at1++;
            if (rank >= 1 && rank <= 5) at5++;
            if (rank >= 1) {
                at30++;
                rr += 1.0 / rank;
            }
        }
        return new Ranking(links, at1, at5, at30, links == 0 ? 0 : rr / links);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static void rules(StringBuilder sb, Result res, String title, boolean notes) {
        sb.append(title).append("\n\n");
        sb.append("| rule | precision | recall | TP | same-year reverse | FP | FN | all reports: precision | recall | TP | reverse | FP | FN |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (String r : RULES) {
            Counts c = res.counts().get(r), a = res.countsAll().get(r);
            sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %d | %d | %d | %d | %.2f | %.2f | %d | %d | %d | %d |%n", r, c.precision(), c.recall(),
                    c.tp(), c.reverse(), c.fp(), c.fn(), a.precision(), a.recall(), a.tp(), a.reverse(), a.fp(), a.fn()));
        }
        if (notes) sb.append("\nA finding counts when its report and paragraph match a gold link (for COMMITMENT_NOT_ADDRESSED: the report "
                + "and the earlier plan's paragraph). A copy between two reports of the same year cannot tell who copied whom, so "
                + "both are flagged; the one the gold names as the source counts as right (column *same-year reverse*: right for "
                + "precision, not counted for recall). No unit with 3 or more years copies another's report in the corpus, so "
                + "COPIED_FROM_OTHER_REPORT is judged on all reports.\n\n");
        sb.append(notes ? "## Held out: thresholds fitted leave-one-unit-out\n\n" : "\nHeld out (leave-one-unit-out):\n\n");
        if (notes) sb.append("Every candidate's score comes from one run that keeps them all; each unit is then judged with the threshold "
                + "that maximises F1 on the other units (halfway between the lowest score kept and the next one), and the units' "
                + "counts are summed. This is what to expect on units the thresholds never saw; the shipped threshold is fitted on all.\n\n");
        sb.append("| rule | scope | held-out precision | recall | TP | reverse | FP | FN | thresholds fitted | shipped |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (HeldOut h : res.heldOut()) {
            boolean inverted = h.rule().equals(ArchiveChecks.COMMITMENT_NOT_ADDRESSED);
            String range = inverted
                    ? String.format(Locale.ROOT, "answered share ≤ %.3f … %.3f", 1 - h.maxThreshold(), 1 - h.minThreshold())
                    : String.format(Locale.ROOT, "%.3f … %.3f", h.minThreshold(), h.maxThreshold());
            String shipped = inverted ? String.format(Locale.ROOT, "≤ %.3f", 1 - h.shipped()) : String.format(Locale.ROOT, "%.3f", h.shipped());
            Counts c = h.counts();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %d | %d | %d | %d | %s | %s |%n", h.rule(), h.scope(),
                    c.precision(), c.recall(), c.tp(), c.reverse(), c.fp(), c.fn(), range, shipped));
        }
        sb.append("\n");
    }

    /** The generated docs/archive-evaluation.md. */
    public static String markdown(List<Result> results, Result corpusLabelled, ArchiveAnalyzers.Tokens chosen, String command) {
        return markdown(results, corpusLabelled, null, null, List.of(), chosen, command);
    }

    /**
     * With {@code corrected} / {@code corpusCorrected}: the same runs judged against crossrefs.tsv with
     * {@code corrections} applied, listed with their reasons.
     */
    public static String markdown(List<Result> results, Result corpusLabelled, Result corrected, Result corpusCorrected,
                                  List<CrossReferenceCorrection> corrections, ArchiveAnalyzers.Tokens chosen, String command) {
        StringBuilder sb = new StringBuilder();
        Result main = results.stream().filter(r -> r.tokens() == chosen).findFirst().orElse(results.get(0));
        sb.append("# Archive evaluation (generated)\n\n");
        sb.append("Generated by `").append(command).append("`; do not edit by hand.\n\n");
        sb.append(String.format(Locale.ROOT, "Corpus: %d reports, all indexed into one archive (unit, year and role from the manifest, "
                + "labels from the installed classifier). Reviewed: the %d reports of units with at least %d years; each is "
                + "compared only with years up to its own and never with itself. Gold: `crossrefs.tsv`.%n%n",
                main.reports(), main.evaluated(), main.minYears()));
        rules(sb, main, "## Cross-report rules (text field tokens: " + main.tokens().id() + "; paragraph labels: the installed classifier)", true);
        if (corpusLabelled != null) {
            rules(sb, corpusLabelled, "## The same with the corpus's own paragraph labels", false);
            sb.append("The rules read a paragraph's label (problem, plan, achievement). Without a trained model the classifier "
                    + "falls back to headings, and reports without headings leave their problems and plans unlabelled; the "
                    + "figures above with the corpus's labels are what the rules do once the classifier is right.\n\n");
        }
        if (corrected != null && !corrections.isEmpty()) {
            sb.append("## With the corrections to the gold links (`crossrefs-corrections.tsv`)\n\n");
            sb.append("Findings that reviewing them showed to be right although `crossrefs.tsv` lacks them (or the reverse); "
                    + "`crossrefs.tsv` itself is left as written. The figures above are against the uncorrected gold.\n\n");
            sb.append("| report | ¶ | rule | source | ¶ | change | reason |\n|---|---|---|---|---|---|---|\n");
            for (CrossReferenceCorrection c : corrections) {
                CrossReference x = c.link();
                sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %s | %s |%n", x.id(), x.paragraph() == null ? "-" : x.paragraph(),
                        x.kind(), x.sourceId(), x.sourceParagraph(), c.added() ? "added" : "removed", c.reason().replace("|", "/")));
            }
            sb.append("\n");
            rules(sb, corrected, "### Corrected gold, paragraph labels from the installed classifier", false);
            if (corpusCorrected != null) rules(sb, corpusCorrected, "### Corrected gold, the corpus's own paragraph labels", false);
        }
        sb.append(String.format(Locale.ROOT, "## Latency%n%nOne report's cross-report checks (REPEATED_PROBLEM, COPIED_FROM_OTHER_REPORT, "
                        + "SELF_COPY, COMMITMENT_NOT_ADDRESSED) on the corpus archive of %d reports, timed over the %d reports of units "
                        + "with ≥ %d years, warm (each checked once before timing; per report the fastest of " + TIMED_RUNS + " runs, as the 2-core "
                        + "machine is shared), no other work running in the JVM: median %.1f ms, "
                        + "p95 %.1f ms, max %.1f ms. Indexing the corpus in one batch: %.0f ms. System load average when timed: %.1f on %d cores "
                        + "(above the cores, the figures include waiting for a core).%n%n",
                main.reports(), main.checkMillis().length, main.minYears(), main.medianMillis(), main.percentile(0.95),
                main.percentile(1.0), main.indexMillis(), main.loadAverage(), Runtime.getRuntime().availableProcessors()));
        sb.append(String.format(Locale.ROOT, "## Unit identity%n%nPairs of reports of one unit (truth: the corpus id) filed under one key: "
                        + "precision %.2f, recall %.2f (%d right, %d wrongly merged, %d missed).%n%n",
                main.unitPairs().precision(), main.unitPairs().recall(), main.unitPairs().tp(), main.unitPairs().fp(), main.unitPairs().fn()));
        sb.append("## Tokens: which finds reworded repeats better\n\n");
        sb.append("Rank of each gold repeated problem's source among Lucene's candidates (same unit, earlier years), and the "
                + "end-to-end figures with each tokenisation of the text field.\n\n");
        sb.append("| tokens | links | source ranked 1st | in top 5 | in top 30 | MRR | REPEATED_PROBLEM P / R | COPIED P / R (all reports) | check median ms |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            Ranking k = r.ranking();
            Counts rep = r.counts().get(ArchiveChecks.REPEATED_PROBLEM), cop = r.countsAll().get(ArchiveChecks.COPIED_FROM_OTHER_REPORT);
            sb.append(String.format(Locale.ROOT, "| %s%s | %d | %d | %d | %d | %.3f | %.2f / %.2f | %.2f / %.2f | %.1f |%n",
                    r.tokens().id(), r.tokens() == chosen ? " (default)" : "", k.links(), k.at1(), k.at5(), k.at30(), k.mrr(),
                    rep.precision(), rep.recall(), cop.precision(), cop.recall(), r.medianMillis()));
        }
        sb.append("\n## Disagreements with the gold links (all reports)\n\n");
        if (main.mistakes().isEmpty()) sb.append("None.\n");
        for (String m : main.mistakes()) sb.append("- ").append(m.replace("\n", " ")).append('\n');
        return sb.toString();
    }
}
