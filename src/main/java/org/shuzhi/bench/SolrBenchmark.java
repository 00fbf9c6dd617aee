package org.shuzhi.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.archive.SearchQuery;
import org.shuzhi.archive.solr.SolrArchive;
import org.shuzhi.archive.solr.SolrConnection;
import org.shuzhi.archive.solr.SolrLocation;
import org.shuzhi.archive.solr.SolrSetup;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Check;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleContext;

/**
 * {@code bench --engine solr}: the same synthetic reports filed into the embedded archive and into a SolrCloud
 * collection of 2 shards × 2 replicas (on a 2-node cluster this bench starts on the machine, or on {@code --solr}),
 * side by side in one run: indexing (each batch analysed once, then timed into each engine), disk, search latency
 * with the same queries, and whether both find the same number of paragraphs. Writes its own section of
 * docs/benchmarks.md (between {@link #BEGIN} and {@link #END}), leaving the rest of the file as it is.
 */
public final class SolrBenchmark {
    static final String BEGIN = "<!-- solr: kept by bench --engine solr -->";
    static final String END = "<!-- /solr -->";
    private static final int BATCH = 500;
    private static final int WARMUP = 30;
    private static final int SHARDS = 2;
    private static final int REPLICAS = 2;

    /** One size's figures for both engines. */
    record Row(int size, int paragraphs, double luceneIndexSeconds, double luceneIndexCpu, double solrIndexSeconds,
               double solrClientCpu, double luceneDiskMb, double solrDiskMb, Timings luceneSearch, Timings solrSearch,
               int sameTotals, int queries, double clusterRssMb, double clusterIndexCpu, double clusterSearchCpuMs,
               Timings luceneReview, Timings solrReview, int sameReviews, int reviews, double requestsPerReview) {}

    /** Reports reviewed on both engines (the cross-report checks alone), as the embedded bench's latency reports. */
    private static final int REVIEWS = 20;
    private static final int REVIEW_CHARS = 2048;

    private final ScaleCorpus corpus;
    private final Path work;
    private final int searchRuns;
    private final PrintWriter log;

    SolrBenchmark(ScaleCorpus corpus, Path work, int searchRuns, PrintWriter log) {
        this.corpus = corpus;
        this.work = work;
        this.searchRuns = searchRuns;
        this.log = log;
    }

    /** Runs at each size (ascending), writing the section to {@code out} after each. */
    public static void run(org.shuzhi.corpus.Corpus corpus, List<Integer> sizes, Path work, int searchRuns, String zk, Path out,
                           PrintWriter log) throws IOException, InterruptedException {
        MachineInfo machine = MachineInfo.current();
        new SolrBenchmark(ScaleCorpus.standard(corpus), work, searchRuns, log).run(sizes, zk, rows -> {
            write(out, section(machine, zk == null, rows));
            log.printf("结果已写入 %s%n", out);
            log.flush();
        });
    }

    interface Progress {
        void done(List<Row> soFar) throws IOException;
    }

    void run(List<Integer> sizes, String zk, Progress progress) throws IOException, InterruptedException {
        Path luceneDir = work.resolve("archive-lucene");
        Path clusterDir = work.resolve("solr-cluster");
        Benchmark.deleteTree(luceneDir);
        Benchmark.deleteTree(clusterDir);
        Files.createDirectories(work);
        LocalSolrCluster cluster = zk != null ? null : LocalSolrCluster.start(clusterDir, 2, "1g");
        try {
            SolrLocation location = SolrLocation.parse(zk != null ? zk : cluster.zkHost(), System.getenv()).withCollection("shuzhi_bench");
            try (SolrConnection c = new SolrConnection(location)) {
                SolrSetup.init(c, SHARDS, REPLICAS);
                UpdateRequest clear = new UpdateRequest();
                clear.deleteByQuery("*:*");
                clear.setAction(UpdateRequest.ACTION.COMMIT, true, true);
                c.run(clear, location.collection());
            }
            Reviewer labeler = Reviewers.withoutArchive();
            List<Row> rows = new ArrayList<>();
            int have = 0;
            double[] lucene = {0, 0}, solr = {0, 0};
            long pid = cluster == null ? -1 : cluster.pid();
            double clusterIndexCpu = 0;
            try (Archive embedded = Archive.open(luceneDir); SolrArchive onSolr = SolrArchive.open(location)) {
                for (int size : sizes) {
                    log.printf("== 两种引擎，档案库规模 %,d 份 ==%n", size);
                    log.flush();
                    for (int from = have; from < size; from += BATCH) {
                        int to = Math.min(size, from + BATCH);
                        List<ArchiveEntry> entries = IntStream.range(from, to).parallel().mapToObj(i -> {
                            GeneratedReport r = corpus.archived(i);
                            AnalyzedReport a = ReportAnalyzer.analyze(r.report(), r.meta());
                            return new ArchiveEntry(a, labeler.label(a));
                        }).toList();
                        time(lucene, () -> embedded.addAll(entries));
                        double c0 = cpuSeconds(pid);
                        time(solr, () -> onSolr.addAll(entries));
                        clusterIndexCpu += cpuSeconds(pid) - c0;
                    }
                    // the embedded archive after a bulk load is merged to one segment, as index and bench do
                    time(lucene, embedded::compact);
                    have = size;
                    int units = sizes.get(0) / ScaleCorpus.YEARS;
                    List<SearchQuery> queries = Benchmark.searchMix(corpus, units);
                    Timings ls = search(embedded, queries);
                    double s0 = cpuSeconds(pid);
                    Timings ss = search(onSolr, queries);
                    double clusterSearchCpuMs = 1000 * (cpuSeconds(pid) - s0) / (WARMUP + searchRuns);
                    int same = 0;
                    for (SearchQuery q : queries) if (embedded.search(q).total() == onSolr.search(q).total()) same++;
                    // the cross-report checks of next year's reports of units both hold, on each engine
                    List<RuleContext> contexts = IntStream.range(0, REVIEWS).mapToObj(k -> {
                        GeneratedReport r = corpus.forReview(k * Math.max(1, units / REVIEWS) % units, 0, REVIEW_CHARS);
                        AnalyzedReport a = ReportAnalyzer.analyze(r.report(), r.meta());
                        return new RuleContext(a, labeler.label(a), Profiles.resolve(null));
                    }).toList();
                    Check onEmbedded = embedded.checks(), onCluster = onSolr.checks();
                    int sameReviews = 0;
                    long r0 = onSolr.requests();
                    for (RuleContext c : contexts) if (onEmbedded.check(c).equals(onCluster.check(c))) sameReviews++;
                    double requests = (onSolr.requests() - r0) / (double) contexts.size();
                    Timings lr = reviews(onEmbedded, contexts), sr = reviews(onCluster, contexts);
                    log.printf("跨报告比对：嵌入式中位 %.1f ms，SolrCloud 中位 %.1f ms（每份 %.1f 次请求）；%d/%d 份结论相同%n", lr.median(),
                            sr.median(), requests, sameReviews, contexts.size());
                    Row row = new Row(size, embedded.paragraphs(), lucene[0], lucene[1], solr[0], solr[1],
                            Benchmark.sizeMb(luceneDir), cluster == null ? Double.NaN : indexMb(clusterDir), ls, ss, same,
                            queries.size(), cluster == null ? Double.NaN : rssMb(cluster.pid()), clusterIndexCpu, clusterSearchCpuMs,
                            lr, sr, sameReviews, contexts.size(), requests);
                    log.printf("入库：嵌入式 %.1f 秒（%.0f 份/秒），SolrCloud %.1f 秒（%.0f 份/秒）；磁盘 %.0f MB / %.0f MB%n",
                            row.luceneIndexSeconds(), size / row.luceneIndexSeconds(), row.solrIndexSeconds(), size / row.solrIndexSeconds(),
                            row.luceneDiskMb(), row.solrDiskMb());
                    log.printf("检索：嵌入式中位 %.2f ms，SolrCloud 中位 %.2f ms；%d/%d 个检索的命中数相同%n", ls.median(), ss.median(),
                            same, queries.size());
                    log.flush();
                    rows.add(row);
                    progress.done(List.copyOf(rows));
                }
            }
        } finally {
            if (cluster != null) cluster.close();
        }
    }

    /** Adds wall and process CPU seconds of {@code task} to {@code clock}. */
    private static void time(double[] clock, Runnable task) {
        long t0 = System.nanoTime();
        double c0 = Timings.processCpuSeconds();
        task.run();
        clock[0] += (System.nanoTime() - t0) / 1e9;
        clock[1] += Timings.processCpuSeconds() - c0;
    }

    /** Each report's checks twice (the first pass above warmed both engines). */
    private static Timings reviews(Check checks, List<RuleContext> contexts) {
        Timings t = new Timings();
        for (int i = 0; i < 2; i++) for (RuleContext c : contexts) t.time(() -> checks.check(c));
        return t;
    }

    private Timings search(ArchiveEngine archive, List<SearchQuery> queries) {
        for (int i = 0; i < WARMUP; i++) archive.search(queries.get(i % queries.size()));
        Timings t = new Timings();
        for (int i = 0; i < searchRuns; i++) {
            SearchQuery q = queries.get(i % queries.size());
            t.time(() -> archive.search(q));
        }
        return t;
    }

    /** The replicas' index directories under a local cluster's base (their transaction logs and ZooKeeper's data left out), MB. */
    static double indexMb(Path base) throws IOException {
        double mb = 0;
        try (var dirs = Files.walk(base)) {
            for (Path d : dirs.filter(Files::isDirectory).filter(d -> d.getFileName().toString().startsWith("index")
                    && d.getParent() != null && d.getParent().getFileName().toString().equals("data")).toList()) {
                mb += Benchmark.sizeMb(d);
            }
        }
        return mb;
    }

    /** CPU seconds a process has used (user + system, Linux); NaN for none or elsewhere. */
    static double cpuSeconds(long pid) {
        if (pid < 0) return Double.NaN;
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime), counted after the command's closing parenthesis
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Resident memory of a process (Linux), MB; NaN elsewhere. */
    static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: not measured
        }
        return Double.NaN;
    }

    static String section(MachineInfo m, boolean local, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Both engines: embedded Lucene and SolrCloud (`bench --engine solr`)\n\n");
        sb.append(String.format("Machine: %s, %d cores, %.1f GB, %s. ", m.cpu(), m.cores(), m.memoryMb() / 1024.0, m.jdk()));
        sb.append(local ? "SolrCloud: 2 Solr 9.10.1 nodes and ZooKeeper started by bench on this machine (MiniSolrCloudCluster, one child JVM, -Xmx1g), "
                : "SolrCloud: the cluster given by --solr, ");
        sb.append("collection of 2 shards × 2 replicas (each node holds one replica of each shard), ExactStatsCache. The same "
                + "synthetic reports as the embedded bench, each batch of 500 analysed and labelled once, then timed into each "
                + "engine (indexing below excludes the analysis both share). The embedded archive also derives its unit facts "
                + "(repeats, commitments) and merges to one segment at the end; the collection holds no facts yet.\n\n");
        sb.append("| reports | paragraphs | indexing, embedded | indexing, SolrCloud (client CPU) | disk, embedded | index on disk, SolrCloud (4 replicas) "
                + "| search median / p95, embedded | search median / p95, SolrCloud | same totals | cluster JVM RSS "
                + "| cluster CPU per report indexed | cluster CPU per search "
                + "| cross-report checks median (CPU), embedded | cross-report checks median (client CPU), SolrCloud | same findings |\n");
        sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format("| %,d | %,d | %.0f/s | %.0f/s (%.1f ms/report) | %.0f MB | %s | %.2f / %.2f ms | %.2f / %.2f ms | %d/%d | %s | %s | %s "
                            + "| %.1f ms (%.1f) | %.1f ms (%.1f; %.0f requests) | %d/%d |\n",
                    r.size(), r.paragraphs(), r.size() / r.luceneIndexSeconds(), r.size() / r.solrIndexSeconds(),
                    1000 * r.solrClientCpu() / r.size(), r.luceneDiskMb(), Double.isNaN(r.solrDiskMb()) ? "-" : String.format("%.0f MB", r.solrDiskMb()),
                    r.luceneSearch().median(), r.luceneSearch().p95(), r.solrSearch().median(), r.solrSearch().p95(),
                    r.sameTotals(), r.queries(), Double.isNaN(r.clusterRssMb()) ? "-" : String.format("%.0f MB", r.clusterRssMb()),
                    Double.isNaN(r.clusterIndexCpu()) ? "-" : String.format("%.1f ms", 1000 * r.clusterIndexCpu() / r.size()),
                    Double.isNaN(r.clusterSearchCpuMs()) ? "-" : String.format("%.1f ms", r.clusterSearchCpuMs()),
                    r.luceneReview().median(), r.luceneReview().cpu().median(), r.solrReview().median(), r.solrReview().cpu().median(),
                    r.requestsPerReview(), r.sameReviews(), r.reviews()));
        }
        sb.append("\nCross-report checks: REPEATED_PROBLEM, COMMITMENT_NOT_ADDRESSED, COPIED_FROM_OTHER_REPORT and SELF_COPY "
                + "(the checks alone, no analysis or labelling) of " + REVIEWS + " next-year reports of about " + REVIEW_CHARS
                + " characters, each reviewed twice after a first pass that also compares both engines' findings; on "
                + "SolrCloud each is a series of requests (the report's terms and pieces fetched in a few), their count a review shown.\n");
        sb.append("\nIndexing rates and the cluster's CPU per report are cumulative over the sizes (each size adds to the "
                + "previous one). The cluster's CPU is its JVM's (2 nodes and ZooKeeper, all 4 replicas): every report is indexed "
                + "twice, once per replica; a search is one request to one node, which asks one replica of each shard.\n");
        return sb.toString();
    }

    /** Replaces this bench's section of {@code file} (or appends it), keeping everything else. */
    static void write(Path file, String section) throws IOException {
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String block = BEGIN + "\n\n" + section + "\n" + END;
        int b = old.indexOf(BEGIN), e = old.indexOf(END);
        String text;
        if (b >= 0 && e > b) {
            text = old.substring(0, b) + block + old.substring(e + END.length());
        } else {
            text = old + (old.endsWith("\n") || old.isEmpty() ? "" : "\n") + "\n" + block + "\n";
        }
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

}
