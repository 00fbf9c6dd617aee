package org.shuzhi.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.shuzhi.corpus.Corpus;

/** The benchmark's entry point for the {@code bench} command: run, then write the results page. */
public final class Bench {
    private Bench() {}

    /** What to run; see the {@code bench} command's options. */
    public record Options(List<Integer> sizes, Path work, Path jar, Path out, int reviewRuns, int batchReports,
                          int searchRuns, int latencyChars, boolean coldStart, boolean reuseArchive, int overviewRuns) {}

    /** Runs the benchmark over {@code corpus}, logging progress to {@code log}, and writes {@code options.out()}. */
    public static void run(Corpus corpus, Options o, PrintWriter log) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        MachineInfo machine = MachineInfo.current();
        log.printf("机器：%s，%d 核，内存 %.1f GB，%s%n", machine.cpu(), machine.cores(), machine.memoryMb() / 1024.0, machine.jdk());
        Benchmark.Settings s = new Benchmark.Settings(o.sizes(), o.work(), o.jar(), o.reviewRuns(), o.batchReports(),
                o.searchRuns(), o.latencyChars(), o.coldStart(), o.reuseArchive(), o.overviewRuns());
        new Benchmark(ScaleCorpus.standard(corpus), s, log).run(soFar -> {
            double minutes = (System.nanoTime() - t0) / 60e9;
            BenchReport.write(o.out(), machine, s, soFar, minutes);
            log.printf("结果已写入 %s（已用 %.1f 分钟）%n", o.out(), minutes);
        });
        log.flush();
    }
}
