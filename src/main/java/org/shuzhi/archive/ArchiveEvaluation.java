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
import org.shuzhi.document.Part;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
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

    /** True and false positives and misses of one rule. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }
    }

    /** Where Lucene ranks the gold source of a repeated problem among the unit's earlier paragraphs. */
    public record Ranking(int links, int at1, int at5, int at30, double mrr) {}

    public record Result(ArchiveAnalyzers.Tokens tokens, int reports, int evaluated, int minYears,
                         Map<String, Counts> counts, Map<String, Counts> countsAll, Ranking ranking,
                         double indexMillis, double[] checkMillis, Counts unitPairs, List<String> mistakes) {
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

    private ArchiveEvaluation() {}

    /** The gold unit of a corpus report: its id without the year. */
    static String goldUnit(String id) {
        return id.replaceAll("-\\d{4}$", "");
    }

    public static Result run(Corpus corpus, ArchiveAnalyzers.Tokens tokens, int minYears,
                             Function<AnalyzedReport, List<Labeled>> labeler, Path workDir) throws IOException {
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

            var checks = archive.checks();
            Map<String, Set<Key>> predicted = new HashMap<>(), predictedAll = new HashMap<>();
            for (String r : RULES) {
                predicted.put(r, new HashSet<>());
                predictedAll.put(r, new HashSet<>());
            }
            Map<Key, Finding> findingOf = new HashMap<>();
            // warm up the JVM and the searcher so latency is that of a running service
            for (String id : evaluated) checks.check(context(analyzed.get(id), labels.get(id)));
            List<Double> millis = new ArrayList<>();
            for (CorpusEntry e : entries) {
                String id = e.id();
                long s = System.nanoTime();
                List<Finding> fs = checks.check(context(analyzed.get(id), labels.get(id)));
                if (evaluated.contains(id)) millis.add((System.nanoTime() - s) / 1e6);
                for (Finding f : fs) {
                    Key k = key(id, f);
                    predictedAll.get(f.rule()).add(k);
                    if (evaluated.contains(id)) predicted.get(f.rule()).add(k);
                    findingOf.put(new Key(f.rule() + "|" + id, k.paragraph()), f);
                }
            }
            Map<String, Set<Key>> gold = new HashMap<>(), goldAll = new HashMap<>();
            for (String r : RULES) {
                gold.put(r, new HashSet<>());
                goldAll.put(r, new HashSet<>());
            }
            for (CrossReference x : corpus.crossReferences()) {
                if (!goldAll.containsKey(x.kind())) continue;
                Key k = x.paragraph() == null ? new Key(x.id(), x.sourceParagraph()) : new Key(x.id(), x.paragraph());
                goldAll.get(x.kind()).add(k);
                if (evaluated.contains(x.id())) gold.get(x.kind()).add(k);
            }
            Map<String, Counts> counts = new LinkedHashMap<>(), countsAll = new LinkedHashMap<>();
            List<String> mistakes = new ArrayList<>();
            for (String r : RULES) {
                counts.put(r, compare(gold.get(r), predicted.get(r)));
                countsAll.put(r, compare(goldAll.get(r), predictedAll.get(r)));
                for (Key k : sorted(diff(predictedAll.get(r), goldAll.get(r)))) {
                    Finding f = findingOf.get(new Key(r + "|" + k.id(), k.paragraph()));
                    mistakes.add(String.format(Locale.ROOT, "false %s %s ¶%d %s", r, k.id(), k.paragraph(), f == null ? "" : f.evidence()));
                }
                for (Key k : sorted(diff(goldAll.get(r), predictedAll.get(r)))) {
                    mistakes.add(String.format(Locale.ROOT, "missed %s %s ¶%d", r, k.id(), k.paragraph()));
                }
            }
            Ranking ranking = ranking(archive, corpus, analyzed, keyOf, evaluated);
            return new Result(tokens, entries.size(), evaluated.size(), minYears, counts, countsAll, ranking, indexMillis,
                    millis.stream().mapToDouble(Double::doubleValue).toArray(), unitPairs, mistakes);
        } finally {
            deleteTree(dir);
        }
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

    private static Counts compare(Set<Key> gold, Set<Key> predicted) {
        int tp = 0;
        for (Key k : predicted) if (gold.contains(k)) tp++;
        return new Counts(tp, predicted.size() - tp, gold.size() - tp);
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

    /** The generated docs/archive-evaluation.md. */
    public static String markdown(List<Result> results, ArchiveAnalyzers.Tokens chosen, String command) {
        StringBuilder sb = new StringBuilder();
        Result main = results.stream().filter(r -> r.tokens() == chosen).findFirst().orElse(results.get(0));
        sb.append("# Archive evaluation (generated)\n\n");
        sb.append("Generated by `").append(command).append("`; do not edit by hand.\n\n");
        sb.append(String.format(Locale.ROOT, "Corpus: %d reports, all indexed into one archive (unit, year and role from the manifest, "
                + "labels from the installed classifier). Reviewed: the %d reports of units with at least %d years; each is "
                + "compared only with years up to its own and never with itself. Gold: `crossrefs.tsv`.%n%n",
                main.reports(), main.evaluated(), main.minYears()));
        sb.append("## Cross-report rules (text field tokens: ").append(main.tokens().id()).append(")\n\n");
        sb.append("| rule | precision | recall | TP | FP | FN | all reports: precision | recall |\n|---|---|---|---|---|---|---|---|\n");
        for (String r : RULES) {
            Counts c = main.counts().get(r), a = main.countsAll().get(r);
            sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %d | %d | %d | %.2f | %.2f |%n", r, c.precision(), c.recall(),
                    c.tp(), c.fp(), c.fn(), a.precision(), a.recall()));
        }
        sb.append("\nA finding counts when its report and paragraph match a gold link (for COMMITMENT_NOT_ADDRESSED: the report "
                + "and the earlier plan's paragraph).\n\n");
        sb.append(String.format(Locale.ROOT, "## Latency%n%nOne report's cross-report checks on the corpus archive (%d reports), "
                        + "warm: median %.1f ms, p95 %.1f ms, max %.1f ms. Indexing the corpus in one batch: %.0f ms.%n%n",
                main.reports(), main.medianMillis(), main.percentile(0.95), main.percentile(1.0), main.indexMillis()));
        sb.append(String.format(Locale.ROOT, "## Unit identity%n%nPairs of reports of one unit (truth: the corpus id) filed under one key: "
                        + "precision %.2f, recall %.2f (%d right, %d wrongly merged, %d missed).%n%n",
                main.unitPairs().precision(), main.unitPairs().recall(), main.unitPairs().tp(), main.unitPairs().fp(), main.unitPairs().fn()));
        sb.append("## Tokens: which finds reworded repeats better\n\n");
        sb.append("Rank of each gold repeated problem's source among Lucene's candidates (same unit, earlier years), and the "
                + "end-to-end figures with each tokenisation of the text field.\n\n");
        sb.append("| tokens | links | source ranked 1st | in top 5 | in top 30 | MRR | REPEATED_PROBLEM P / R | COPIED P / R | check median ms |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            Ranking k = r.ranking();
            Counts rep = r.counts().get(ArchiveChecks.REPEATED_PROBLEM), cop = r.counts().get(ArchiveChecks.COPIED_FROM_OTHER_REPORT);
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
