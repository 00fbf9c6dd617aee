package org.shuzhi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes docs/benchmarks.md from a run: the machine, the figures at each size, the targets at the
 * largest size. Everything below {@link #NOTES} in an existing file (the hand-written analysis) is kept.
 */
final class BenchReport {
    static final String NOTES = "<!-- notes: kept by the bench command -->";

    private BenchReport() {}

    static void write(Path file, MachineInfo m, Benchmark.Settings s, List<SizeResult> results, double minutes) throws IOException {
        String notes = "";
        if (Files.exists(file)) {
            String old = Files.readString(file, StandardCharsets.UTF_8);
            int at = old.indexOf(NOTES);
            if (at >= 0) notes = old.substring(at + NOTES.length());
        }
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, markdown(m, s, results, minutes) + "\n" + NOTES + notes, StandardCharsets.UTF_8);
    }

    static String markdown(MachineInfo m, Benchmark.Settings s, List<SizeResult> results, double minutes) {
        StringBuilder b = new StringBuilder();
        b.append("# Benchmarks\n\n");
        b.append("Measured by `java -jar target/shuzhi.jar bench --sizes ")
                .append(String.join(",", s.sizes().stream().map(String::valueOf).toList()))
                .append("` on ").append(LocalDate.now()).append(String.format(Locale.ROOT, " (%.1f min for the sizes below%s).%n%n", minutes,
                        results.size() < s.sizes().size() ? "; the run was stopped before the larger sizes" : ""));
        b.append("## Machine\n\n");
        b.append("| | |\n|---|---|\n");
        b.append("| CPU | ").append(m.cpu()).append(" |\n");
        b.append("| cores | ").append(m.cores()).append(" |\n");
        b.append("| memory | ").append(String.format(Locale.ROOT, "%.1f GB", m.memoryMb() / 1024.0)).append(" |\n");
        b.append("| JDK | ").append(m.jdk()).append(" |\n");
        b.append("| OS | ").append(m.os()).append(" |\n");
        b.append("| benchmark JVM max heap | ").append(m.maxHeapMb()).append(" MB |\n\n");
        b.append("""
                ## Data

                Synthetic archives generated at run time from the corpus (never committed, never trained on):
                synthetic unit *u* follows one corpus unit's series of reports under a new name (a place name
                before the corpus unit's name), one report a year 2019–2023; every paragraph is reworded
                (synonym swaps, clauses of a sentence swapped), renumbered, its years shifted, and a quarter of
                content paragraphs are swapped for a paragraph of the same label from another corpus report.
                One archive grows through the sizes. Reports under review are 2024 reports of units the archive
                holds (so the repeat, self-copy and commitment checks have history), not in the archive.
                Because everything derives from ~1,300 corpus paragraphs, every passage has hundreds of lightly
                edited copies at 50k: far denser in near-duplicates than a real archive, the hard case for the
                candidate search.

                ## Results

                """);
        b.append("""
                The machine is shared (other builds and benchmarks ran at the same time; the load average is
                in the last column), so wall times include waiting for a core. Each figure is also given in CPU
                time: of the calling thread for single operations, of the whole process for indexing and batch
                (CPU ms per report; "2 free cores" is the rate that CPU cost allows on two idle cores).

                """);
        b.append("| archive reports | paragraphs | indexing: reports/s (CPU ms/report; on 2 free cores) | size on disk | review median / p95 ms (CPU median) | batch: reports/s (CPU ms/report; on 2 free cores) | search median / p95 ms (CPU median) | cold start to first answer | heap after first answer | load avg |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult r : results) {
            b.append(String.format(Locale.ROOT, "| %,d | %,d | %.0f (%.1f; %.0f) | %.0f MB | %.1f / %.1f (%.1f) | %.1f (%.1f; %.0f) | %.2f / %.2f (%.2f) | %s | %.0f MB | %.1f |%n",
                    r.reports(), r.paragraphs(), r.indexRate(), r.indexCpuMsPerReport(), r.indexRateFreeCores(), r.diskMb(),
                    r.review().median(), r.review().p95(), r.review().cpu().median(),
                    r.batchRate(), r.batchCpuMsPerReport(), r.batchRateFreeCores(), r.search().median(), r.search().p95(), r.search().cpu().median(),
                    r.cold().cell(), r.cold().heapMb(), r.loadAverage()));
        }
        SizeResult first = results.get(0);
        b.append(String.format(Locale.ROOT, """

                - indexing: reports added since the previous size (%s), analysis and labelling on %d threads,
                  one commit per 500 reports, then the index merged into one segment (`Archive.compact()`, counted); text generation not counted.
                - review: one report of about %.0f characters reviewed warm (%d runs after warm-up, 20 different
                  reports in turn), cross-report checks on, single thread.
                - batch: %d reports of natural length (about 1,000 characters) reviewed on %d threads.
                - search: %d searches over 10 typical queries, each with a year range, label or unit filter
                  (or none), top 20 with highlighted snippets.
                - cold start: %s; heap is what the fresh JVM holds after a full GC (jcmd GC.run, then jstat).

                """, "the first size counts all", first.batchThreads(), first.reviewChars(), first.review().count(),
                first.batchReports(), first.batchThreads(), first.search().count(), first.cold().note()));
        b.append("## Overview (总体情况)\n\n");
        b.append(String.format(Locale.ROOT, """
                `Overviews.of` as `GET /api/overview` calls it, single thread: %d runs over four queries in turn (all years;
                three years; one unit; the last two years), each with the themes counted by facets per year, the recurring
                problems (counts and the first 200) and the commitments per report; "first" is the first overview after the
                archive was opened for the run (it builds the reader's facet state), before any warm-up.

                """, first.overview().count()));
        b.append("| archive reports | first ms | median / p95 ms (CPU median) |\n|---:|---:|---:|\n");
        for (SizeResult r : results) {
            b.append(String.format(Locale.ROOT, "| %,d | %.0f | %.1f / %.1f (%.1f) |%n", r.reports(), r.overview().firstMillis(),
                    r.overview().median(), r.overview().p95(), r.overview().cpu().median()));
        }
        b.append("\n## Indexed checks against the brute-force baseline\n\n");
        b.append("""
                The baseline is the archive's own cross-report check with every other unit's paragraph as a
                copy candidate (`Archive.exhaustiveChecks()`: all archived paragraphs held in memory and
                scanned for each report, as a script without an index would), confirmed by the very same code
                (`ArchiveChecks`, `Similarities`: eligibility, filters, thresholds, stock phrases). Its only
                shortcut is exact: a pair sharing no stretch of 10 letters cannot be a copy, so it is not
                handed to the confirmation. The indexed path takes copy candidates from the winnowing
                fingerprints in the index (`FingerprintCandidates`). Repeats compare the unit's own earlier
                reports in both paths. Both times are the whole check (repeats, copies, self-copies,
                commitments) for one report, single-threaded. Recall is the share of the baseline's
                REPEATED_PROBLEM and COPIED_FROM_OTHER_REPORT findings that the indexed checks also make;
                "extra" are indexed findings the baseline does not make.

                """);
        b.append("| archive reports | reports compared | baseline ms/report (CPU) | indexed checks ms/report (CPU) | speed ratio (by CPU) | recall | extra |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult r : results) {
            b.append(String.format(Locale.ROOT, "| %,d | %d | %.0f (%.0f) | %.1f (%.1f) | %.0f× (%.0f×) | %.3f (%d/%d) | %d |%n", r.reports(), r.baselineReports(),
                    r.baselineMs(), r.baselineCpuMs(), r.indexedChecksMs(), r.indexedChecksCpuMs(), r.speedup(),
                    r.baselineCpuMs() / r.indexedChecksCpuMs(), r.recall(), r.indexedFound(), r.baselineFindings(), r.indexedExtra()));
        }
        SizeResult last = results.get(results.size() - 1);
        b.append(String.format(Locale.ROOT, "%n## Targets at %,d reports%n%n", last.reports()));
        b.append("Met by wall time as measured (on the shared machine); the CPU figure in brackets says whether it would be on two free cores.\n\n");
        b.append("| target | measured (CPU) | met |\n|---|---:|:---:|\n");
        target(b, "review ≤ 30 ms median", String.format(Locale.ROOT, "%.1f ms (%.1f)", last.review().median(), last.review().cpu().median()), last.review().median() <= 30);
        target(b, "batch ≥ 100 reports/s", String.format(Locale.ROOT, "%.1f /s (%.0f)", last.batchRate(), last.batchRateFreeCores()), last.batchRate() >= 100);
        target(b, "indexing ≥ 324 reports/s", String.format(Locale.ROOT, "%.0f /s (%.0f)", last.indexRate(), last.indexRateFreeCores()), last.indexRate() >= 324);
        target(b, "overview ≤ 200 ms median", String.format(Locale.ROOT, "%.1f ms (%.1f)", last.overview().median(), last.overview().cpu().median()),
                last.overview().median() <= 200);
        target(b, "search ≤ 5 ms median", String.format(Locale.ROOT, "%.2f ms (%.2f)", last.search().median(), last.search().cpu().median()), last.search().median() <= 5);
        if (Double.isNaN(last.cold().pageSeconds())) {
            target(b, "serve answering within 3 s", String.format(Locale.ROOT, "%.2f s (%s)", last.cold().seconds(), last.cold().how()),
                    last.cold().seconds() <= 3);
        } else {
            // answering: the page (and /api/status saying 正在启动); a review sent then waits for the reviewer
            target(b, "serve answering within 3 s (first page)", String.format(Locale.ROOT, "%.2f s (%.2f; %s)",
                    last.cold().pageSeconds(), last.cold().pageCpuSeconds(), last.cold().how()), last.cold().pageSeconds() <= 3);
            target(b, "serve's first review within 3 s", String.format(Locale.ROOT, "%.2f s (%.2f)",
                    last.cold().seconds(), last.cold().cpuSeconds()), last.cold().seconds() <= 3);
        }
        target(b, "heap ≤ 1 GB", String.format(Locale.ROOT, "%.0f MB", last.cold().heapMb()), last.cold().heapMb() <= 1024);
        target(b, "indexed checks ≥ 100× faster than baseline", String.format(Locale.ROOT, "%.0f× (%.0f×)", last.speedup(),
                last.baselineCpuMs() / last.indexedChecksCpuMs()), last.speedup() >= 100);
        target(b, "indexed finds ≥ 0.99 of baseline's findings", String.format(Locale.ROOT, "%.3f", last.recall()), last.recall() >= 0.99);
        return b.toString();
    }

    private static void target(StringBuilder b, String what, String measured, boolean met) {
        b.append("| ").append(what).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
    }
}
