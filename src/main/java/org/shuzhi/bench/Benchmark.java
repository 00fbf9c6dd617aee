package org.shuzhi.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.archive.BulkLoad;
import org.shuzhi.archive.SearchQuery;
import org.shuzhi.archive.overview.OverviewQuery;
import org.shuzhi.archive.overview.Overviews;
import org.shuzhi.classify.Labeled;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Check;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleContext;

/**
 * The benchmark: grows one archive of synthetic reports through the requested sizes and, at each, measures
 * indexing, single and batch review with the cross-report checks, search, the brute-force baseline beside
 * the indexed checks, and a cold start of the product over the archive.
 */
final class Benchmark {
    /** Settings; counts are per size. */
    record Settings(List<Integer> sizes, Path work, Path jar, int reviewRuns, int batchReports, int searchRuns,
                    int latencyChars, boolean coldStart, boolean reuseArchive, int overviewRuns) {}

    private static final int BATCH = 500;
    private static final int WARMUP = 30;
    private static final int LATENCY_REPORTS = 20;

    private final ScaleCorpus corpus;
    private final Settings settings;
    private final PrintWriter log;
    private final int threads = Runtime.getRuntime().availableProcessors();

    Benchmark(ScaleCorpus corpus, Settings settings, PrintWriter log) {
        this.corpus = corpus;
        this.settings = settings;
        this.log = log;
    }

    /** Called with the results so far after each size, so a long run that is stopped still leaves its figures. */
    interface Progress {
        void done(List<SizeResult> soFar) throws IOException;
    }

    List<SizeResult> run(Progress progress) throws IOException, InterruptedException {
        Path archiveDir = settings.work().resolve("archive");
        if (!settings.reuseArchive()) deleteTree(archiveDir);
        Files.createDirectories(settings.work());
        Reviewer labeler = Reviewers.withoutArchive();
        List<SizeResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int have = 0;
            for (int size : settings.sizes()) {
                log.printf("== 档案库规模 %,d 份 ==%n", size);
                log.flush();
                double[] indexSeconds;
                int indexedNow = size - have;
                try (Archive archive = Archive.open(archiveDir)) {
                    // --reuse-archive: an archive of a previous run that already holds this size is measured as it is
                    indexSeconds = settings.reuseArchive() && archive.size() >= size ? new double[] {Double.NaN, Double.NaN}
                            : index(archive, labeler, have, size, pool);
                }
                have = size;
                double disk = sizeMb(archiveDir);
                log.printf("入库 %,d 份：%.1f 秒（%.0f 份/秒；CPU %.1f 秒），磁盘 %.0f MB，负载 %.1f%n", indexedNow, indexSeconds[0],
                        indexedNow / indexSeconds[0], indexSeconds[1], disk, Timings.loadAverage());
                log.flush();
                // reports under review: the next year of units that every size holds
                int units = settings.sizes().get(0) / ScaleCorpus.YEARS;
                List<GeneratedReport> latency = IntStream.range(0, LATENCY_REPORTS)
                        .mapToObj(k -> corpus.forReview(k * Math.max(1, units / LATENCY_REPORTS) % units, 0, settings.latencyChars())).toList();
                ColdStart.Result cold = settings.coldStart() ? coldStart(archiveDir, latency.get(0))
                        : new ColdStart.Result("-", Double.NaN, Double.NaN, "not measured (--no-cold-start)");
                // opened for writing, as serve opens it (a read-only archive re-reads the commit on every search)
                try (Archive archive = Archive.open(archiveDir)) {
                    Reviewer reviewer = Reviewers.withArchive(archive);
                    Timings review = reviewLatency(reviewer, latency);
                    double chars = latency.stream().mapToInt(r -> ReportAnalyzer.analyze(r.report(), r.meta()).chars()).average().orElse(0);
                    log.printf("单份评审（约 %.0f 字，含跨报告比对）：中位 %.1f ms，p95 %.1f ms（CPU 中位 %.1f ms）%n", chars, review.median(),
                            review.p95(), review.cpu().median());
                    log.flush();
                    double[] batchSeconds = batch(reviewer, units, pool);
                    log.printf("批量评审 %d 份（%d 线程）：%.1f 份/秒（CPU %.1f 秒）%n", settings.batchReports(), threads,
                            settings.batchReports() / batchSeconds[0], batchSeconds[1]);
                    log.flush();
                    Timings search = search(archive, units);
                    log.printf("检索（带过滤条件）：中位 %.2f ms，p95 %.2f ms（CPU 中位 %.2f ms）%n", search.median(), search.p95(), search.cpu().median());
                    log.flush();
                    Timings overview = overview(archive, units);
                    log.printf("总体情况：打开后首次 %.0f ms，中位 %.1f ms，p95 %.1f ms（CPU 中位 %.1f ms）%n", overview.firstMillis(),
                            overview.median(), overview.p95(), overview.cpu().median());
                    log.flush();
                    int k = baselineReports(size);
                    Comparison cmp = compare(archive, reviewer, latency.subList(0, k));
                    log.printf("基线对照（%d 份）：暴力比对 %.0f ms/份，索引比对 %.1f ms/份，快 %.0f 倍（按 CPU 时间 %.0f 倍）；索引路径召回 %d/%d%n",
                            k, cmp.baselineMs, cmp.indexedMs, cmp.baselineMs / cmp.indexedMs, cmp.baselineCpuMs / cmp.indexedCpuMs,
                            cmp.found, cmp.expected);
                    log.printf("冷启动（%s）：%.2f 秒，堆 %.0f MB%n", cold.how(), cold.seconds(), cold.heapMb());
                    log.flush();
                    results.add(new SizeResult(size, archive.paragraphs(), indexedNow, indexSeconds[0], indexSeconds[1], disk, review, chars,
                            settings.batchReports(), threads, batchSeconds[0], batchSeconds[1], search, overview, k, cmp.baselineMs, cmp.indexedMs,
                            cmp.baselineCpuMs, cmp.indexedCpuMs, Timings.loadAverage(), cmp.expected, cmp.found, cmp.extra, cold));
                }
                progress.done(List.copyOf(results));
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    /**
     * Adds reports {@code from..to-1} as {@code index} does ({@link BulkLoad}: analysis and labelling on all
     * cores, one commit per batch, the next batch prepared while one is written), then merges the index into
     * one segment; {wall, CPU} seconds.
     */
    private double[] index(Archive archive, Reviewer labeler, int from, int to,
                         ExecutorService pool) throws InterruptedException {
        double[] clock = {0, 0};
        double[] since = {System.nanoTime() / 1e9, Timings.processCpuSeconds()};
        Runnable stop = () -> {
            clock[0] += System.nanoTime() / 1e9 - since[0];
            clock[1] += Timings.processCpuSeconds() - since[1];
        };
        Runnable start = () -> {
            since[0] = System.nanoTime() / 1e9;
            since[1] = Timings.processCpuSeconds();
        };
        Iterator<List<GeneratedReport>> batches = new Iterator<>() {
            private int next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public List<GeneratedReport> next() {
                // generating the text is the benchmark's own work, not indexing: BulkLoad asks for a batch when
                // none of its work runs, so the clock stops meanwhile
                stop.run();
                int end = Math.min(to, next + BATCH);
                List<GeneratedReport> batch = IntStream.range(next, end).parallel().mapToObj(corpus::archived).toList();
                next = end;
                start.run();
                return batch;
            }
        };
        int[] added = {from};
        new BulkLoad<GeneratedReport>(archive, pool, r -> {
            AnalyzedReport a = ReportAnalyzer.analyze(r.report(), r.meta());
            return new ArchiveEntry(a, labeler.label(a));
        }, true).run(batches, new BulkLoad.Outcome<>() {
            @Override
            public void added(GeneratedReport r, ArchivedReport report) {
                if (++added[0] % 5000 == 0 && added[0] > from) {
                    double seconds = clock[0] + System.nanoTime() / 1e9 - since[0];
                    log.printf("  已入库 %,d 份（%.0f 份/秒），负载 %.1f%n", added[0], (added[0] - from) / seconds, Timings.loadAverage());
                    log.flush();
                }
            }

            @Override
            public void failed(GeneratedReport r, Exception cause) {
                throw new IllegalStateException("基准报告未能入库：" + r.meta().unit() + " " + r.meta().year() + "（" + cause.getMessage() + "）", cause);
            }
        });
        stop.run();
        return clock;
    }

    private Timings reviewLatency(Reviewer reviewer, List<GeneratedReport> reports) {
        for (int i = 0; i < WARMUP; i++) review(reviewer, reports.get(i % reports.size()));
        Timings t = new Timings();
        for (int i = 0; i < settings.reviewRuns(); i++) {
            GeneratedReport r = reports.get(i % reports.size());
            t.time(() -> review(reviewer, r));
        }
        return t;
    }

    private static Object review(Reviewer reviewer, GeneratedReport r) {
        return reviewer.review(r.report(), new ReviewRequest(null, r.meta(), true));
    }

    /** {wall, CPU} seconds to review the batch on all cores. */
    private double[] batch(Reviewer reviewer, int units, ExecutorService pool) throws InterruptedException {
        List<GeneratedReport> reports = IntStream.range(0, settings.batchReports()).parallel()
                .mapToObj(i -> corpus.forReview(i % units, 1 + i / units, 0)).toList();
        long t0 = System.nanoTime();
        double c0 = Timings.processCpuSeconds();
        inParallel(pool, reports, r -> review(reviewer, r));
        return new double[] {(System.nanoTime() - t0) / 1e9, Timings.processCpuSeconds() - c0};
    }

    /**
     * The search mix both benches time (a topic with a year range, a label, a unit, or several at once), so
     * the engines are compared on the same queries.
     */
    static List<SearchQuery> searchMix(ScaleCorpus corpus, int units) {
        String unit = corpus.archived(0).unit();
        String other = corpus.archived(units / 2 * ScaleCorpus.YEARS).unit();
        int y = ScaleCorpus.FIRST_YEAR;
        return List.of(
                new SearchQuery("理论学习不够深入", null, null, null, Part.PROBLEM, 20),
                new SearchQuery("两张皮", y + 1, y + 3, null, null, 20),
                new SearchQuery("三会一课", null, null, unit, null, 20),
                new SearchQuery("党史学习教育", y + 2, y + 2, null, null, 20),
                new SearchQuery("先锋模范作用发挥不明显", y + 2, y + 4, null, Part.PROBLEM, 20),
                new SearchQuery("主题党日", null, null, other, Part.ACHIEVEMENT, 20),
                new SearchQuery("发展党员", null, null, null, Part.PLAN, 20),
                new SearchQuery("疫情防控", y + 1, y + 3, null, Part.ACHIEVEMENT, 20),
                new SearchQuery("党建引领", null, null, null, null, 20),
                new SearchQuery("组织生活会 批评与自我批评", y, y + 4, other, null, 20));
    }

    /** Typical archive queries: a topic with a year range, a label, a unit, or several at once. */
    private Timings search(Archive archive, int units) {
        List<SearchQuery> queries = searchMix(corpus, units);
        for (int i = 0; i < WARMUP; i++) archive.search(queries.get(i % queries.size()));
        Timings t = new Timings();
        for (int i = 0; i < settings.searchRuns(); i++) {
            SearchQuery q = queries.get(i % queries.size());
            t.time(() -> archive.search(q));
        }
        return t;
    }

    /**
     * The overview of the whole archive, of a range of years, of one unit, and of the last two years, as the
     * page asks for them (lists of 200 rows). The first run after the archive was opened (it builds the facet
     * state of the reader) is kept apart ({@link Timings#firstMillis}).
     */
    private Timings overview(Archive archive, int units) {
        String unit = corpus.archived(units / 3 * ScaleCorpus.YEARS).unit();
        int y = ScaleCorpus.FIRST_YEAR;
        List<OverviewQuery> queries = List.of(OverviewQuery.all(), new OverviewQuery(y + 1, y + 3, null, OverviewQuery.DEFAULT_LIMIT),
                new OverviewQuery(null, null, unit, OverviewQuery.DEFAULT_LIMIT),
                new OverviewQuery(y + ScaleCorpus.YEARS - 2, y + ScaleCorpus.YEARS - 1, null, OverviewQuery.DEFAULT_LIMIT));
        Timings first = new Timings();
        first.time(() -> Overviews.of(archive, queries.get(0)));
        for (int i = 0; i < WARMUP / 3; i++) Overviews.of(archive, queries.get(i % queries.size()));
        Timings t = new Timings();
        for (int i = 0; i < settings.overviewRuns(); i++) {
            OverviewQuery q = queries.get(i % queries.size());
            t.time(() -> Overviews.of(archive, q));
        }
        t.first(first);
        return t;
    }

    private record Comparison(double baselineMs, double indexedMs, double baselineCpuMs, double indexedCpuMs,
                              int expected, int found, int extra) {}

    /**
     * The indexed repeat/copy checks beside the brute-force baseline on the same reports: time per report
     * and the baseline's findings (on problem paragraphs) that the indexed path also makes.
     */
    private Comparison compare(Archive archive, Reviewer reviewer, List<GeneratedReport> reports) {
        BruteForceBaseline baseline = new BruteForceBaseline(archive);
        Check checks = archive.checks();
        Timings indexed = new Timings(), brute = new Timings();
        int expected = 0, found = 0, extra = 0;
        for (GeneratedReport r : reports) {
            AnalyzedReport a = ReportAnalyzer.analyze(r.report(), r.meta());
            List<Labeled> labels = reviewer.label(a);
            RuleContext context = new RuleContext(a, labels, Profiles.resolve(null));
            List<Finding> findings = null;
            for (int i = 0; i < 3; i++) findings = indexed.time(() -> checks.check(context));
            Set<String> want = brute.time(() -> baseline.findings(context));
            Set<String> got = BruteForceBaseline.keyed(findings);
            expected += want.size();
            for (String w : want) {
                if (got.contains(w)) found++;
                else log.printf("  索引路径漏掉：%s（%s %d）%n", w, r.meta().unit(), r.meta().year());
            }
            for (String g : got) if (!want.contains(g)) extra++;
        }
        return new Comparison(brute.mean(), indexed.median(), brute.cpu().mean(), indexed.cpu().median(), expected, found, extra);
    }

    /**
     * Reports the baseline checks: enough findings for the recall to mean something, fewer as the archive
     * grows since each one scans every archived paragraph.
     */
    private static int baselineReports(int size) {
        return size <= 20_000 ? LATENCY_REPORTS : LATENCY_REPORTS / 2;
    }

    private ColdStart.Result coldStart(Path archiveDir, GeneratedReport report) throws IOException, InterruptedException {
        Path file = settings.work().resolve("cold-start-report.txt");
        Files.writeString(file, report.text(), StandardCharsets.UTF_8);
        return new ColdStart(settings.jar()).measure(archiveDir, file);
    }

    private interface Work<T, R> {
        R apply(T t);
    }

    private static <T, R> List<R> inParallel(ExecutorService pool, List<T> items, Work<T, R> work) throws InterruptedException {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T t : items) futures.add(pool.submit(() -> work.apply(t)));
        List<R> out = new ArrayList<>(items.size());
        for (Future<R> f : futures) {
            try {
                out.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }
        return out;
    }

    static double sizeMb(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a segment merged away while walking
                }
            }).sum() / (1024.0 * 1024.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
