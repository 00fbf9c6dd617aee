package org.shuzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shuzhi.bench.Bench;
import org.shuzhi.corpus.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "性能基准：用语料生成大规模档案库（仅供测试，不入库不训练），测量评审、批量评审、入库、检索、总体情况、冷启动和内存，"
        + "并与不用索引的逐段暴力比对作对照；%n结果写入 docs/benchmarks.md。")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N,...", defaultValue = "1000,10000,50000",
            description = "档案库规模（份），从小到大（默认 ${DEFAULT-VALUE}）")
    List<Integer> sizes;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench", description = "生成数据和档案库的目录（默认 ${DEFAULT-VALUE}）")
    Path work;

    @Option(names = "--corpus", paramLabel = "DIR", description = "语料目录（默认 ./corpus，没有则用 jar 内置语料）")
    Path corpus;

    @Option(names = "--jar", paramLabel = "FILE", defaultValue = "target/shuzhi.jar", description = "测冷启动用的 jar（默认 ${DEFAULT-VALUE}）")
    Path jar;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/benchmarks.md", description = "结果文件（默认 ${DEFAULT-VALUE}）")
    Path out;

    @Option(names = "--review-runs", defaultValue = "100", description = "单份评审计时次数（默认 ${DEFAULT-VALUE}）")
    int reviewRuns;

    @Option(names = "--batch", defaultValue = "1000", description = "批量评审份数（默认 ${DEFAULT-VALUE}）")
    int batch;

    @Option(names = "--search-runs", defaultValue = "200", description = "检索计时次数（默认 ${DEFAULT-VALUE}）")
    int searchRuns;

    @Option(names = "--overview-runs", defaultValue = "60", description = "总体情况（GET /api/overview）计时次数（默认 ${DEFAULT-VALUE}）")
    int overviewRuns;

    @Option(names = "--no-cold-start", description = "不测冷启动和内存")
    boolean noColdStart;

    @Option(names = "--reuse-archive", description = "沿用上次运行留在 --work 中、已达到该规模的档案库，不重新入库（用于反复测评审和检索；入库速度不测）")
    boolean reuseArchive;

    @Option(names = "--engine", paramLabel = "E", defaultValue = "lucene",
            description = "lucene：本机嵌入式档案库（默认）；solr：嵌入式与 SolrCloud 同一次运行并排测入库、磁盘和检索，写入结果文件中单独一节")
    String engine;

    @Option(names = "--solr", paramLabel = "ZK_HOSTS[/chroot]",
            description = "--engine solr 用的现有 SolrCloud（建集合 shuzhi_bench）；不给则在本机启动 2 个节点（需源码目录中的 target/solr-cluster.classpath）")
    String solr;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!engine.equals("lucene") && !engine.equals("solr")) {
            err.println("参数错误：--engine 应为 lucene 或 solr：" + engine);
            return 2;
        }
        if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 10)) {
            err.println("参数错误：--sizes 每个规模至少 10 份");
            return 2;
        }
        for (int i = 1; i < sizes.size(); i++) {
            if (sizes.get(i) <= sizes.get(i - 1)) {
                err.println("参数错误：--sizes 应从小到大排列：" + sizes);
                return 2;
            }
        }
        if (reviewRuns < 1 || batch < 1 || searchRuns < 1 || overviewRuns < 1) {
            err.println("参数错误：--review-runs、--batch、--search-runs、--overview-runs 至少为 1");
            return 2;
        }
        Path corpusDir = corpus != null ? corpus : Path.of("corpus");
        if (corpus != null && !Files.isRegularFile(corpus.resolve("manifest.tsv"))) {
            err.println("错误：语料目录中没有 manifest.tsv：" + corpus);
            return 1;
        }
        Corpus c = Files.isRegularFile(corpusDir.resolve("manifest.tsv")) ? Corpus.at(corpusDir) : Corpus.bundled();
        if (engine.equals("solr")) {
            org.shuzhi.bench.SolrBenchmark.run(c, List.copyOf(sizes), work, searchRuns, solr, out, spec.commandLine().getOut());
            return 0;
        }
        Bench.run(c, new Bench.Options(List.copyOf(sizes), work, jar, out, reviewRuns, batch, searchRuns, 2000, !noColdStart, reuseArchive, overviewRuns),
                spec.commandLine().getOut());
        return 0;
    }
}
