package org.shuzhi.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.shuzhi.archive.Archive;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.review.Json;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;

/**
 * A manual probe (not a test): times the bench's search mix and its single reviews against an existing
 * archive, as {@code bench} does, without rebuilding it, and writes every result as JSON so two builds can
 * be compared for equal results. Usage: {@code SpeedProbe ARCHIVE UNITS search|review RUNS [DUMP]}.
 */
public final class SpeedProbe {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int units = Integer.parseInt(args[1]);
        String what = args[2];
        int runs = Integer.parseInt(args[3]);
        Path dump = args.length > 4 ? Path.of(args[4]) : null;
        ScaleCorpus corpus = ScaleCorpus.standard(Corpus.at(Path.of("corpus")));
        try (Archive archive = Archive.open(dir)) {
            List<String> out = new ArrayList<>();
            Timings t = new Timings();
            if (what.startsWith("search")) {
                var queries = Benchmark.searchMix(corpus, units);
                // search:K runs query K alone (for a profile of one query)
                if (what.contains(":")) queries = List.of(queries.get(Integer.parseInt(what.substring(what.indexOf(':') + 1))));
                for (int i = 0; i < 30; i++) archive.search(queries.get(i % queries.size()));
                for (var q : queries) out.add(Json.write(archive.search(q)));
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                List<List<Double>> each = new ArrayList<>();
                for (var q : queries) each.add(new ArrayList<>());
                for (int i = 0; i < runs; i++) {
                    var q = queries.get(i % queries.size());
                    long c0 = mx.getCurrentThreadCpuTime();
                    t.time(() -> archive.search(q));
                    each.get(i % queries.size()).add((mx.getCurrentThreadCpuTime() - c0) / 1e6);
                }
                for (int k = 0; k < queries.size(); k++) {
                    List<Double> m = each.get(k);
                    m.sort(null);
                    System.out.printf("  CPU median %6.2f ms  total %,8d  %s%n", m.isEmpty() ? Double.NaN : m.get(m.size() / 2),
                            archive.search(queries.get(k)).total(), queries.get(k));
                }
            } else {
                Reviewer reviewer = Reviewers.withArchive(archive);
                List<GeneratedReport> reports = IntStream.range(0, 20)
                        .mapToObj(k -> corpus.forReview(k * Math.max(1, units / 20) % units, 0, 2000)).toList();
                for (int i = 0; i < 30; i++) review(reviewer, reports.get(i % reports.size()));
                for (var r : reports) out.add(Json.write(review(reviewer, r)));
                for (int i = 0; i < runs; i++) {
                    var r = reports.get(i % reports.size());
                    t.time(() -> review(reviewer, r));
                }
            }
            System.out.printf("%s: median %.2f ms, p95 %.2f ms, CPU median %.2f ms, load %.1f%n", what, t.median(), t.p95(),
                    t.cpu().median(), Timings.loadAverage());
            if (dump != null) Files.write(dump, out);
        }
    }

    private static Object review(Reviewer reviewer, GeneratedReport r) {
        return reviewer.review(r.report(), new ReviewRequest(null, r.meta(), true));
    }
}
