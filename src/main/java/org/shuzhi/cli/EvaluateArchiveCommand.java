package org.shuzhi.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shuzhi.archive.ArchiveAnalyzers;
import org.shuzhi.archive.ArchiveEvaluation;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate-archive", description = "在语料上评测档案比对规则（重复问题、抄袭等）的准确率、召回率和耗时。")
public final class EvaluateArchiveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "语料目录（默认 ./corpus，没有则用程序内置语料）")
    Path corpus;

    @Option(names = "--min-years", defaultValue = "3", description = "只评测至少有这么多年度报告的单位（默认 ${DEFAULT-VALUE}）")
    int minYears;

    @Option(names = "--tokens", split = ",", description = "比较的分词方式：smartcn,hanlp,bigram（默认全部）")
    List<String> tokens;

    @Option(names = "--out", paramLabel = "FILE", description = "结果写入的 Markdown 文件，%n如 docs/archive-evaluation.md")
    Path out;

    @Option(names = "--no-corpus-labels", description = "不再用语料自带的段落标注另算一遍（默认会另算，以区分分类器与比对规则的误差）")
    boolean noCorpusLabels;

    @Option(names = "--verbose", description = "列出与标注不一致的每一处")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        Corpus c = corpus != null ? Corpus.at(corpus) : Files.isDirectory(Path.of("corpus")) ? Corpus.at(Path.of("corpus")) : Corpus.bundled();
        List<ArchiveAnalyzers.Tokens> choices = new ArrayList<>();
        try {
            if (tokens == null) choices.addAll(List.of(ArchiveAnalyzers.Tokens.values()));
            else for (String t : tokens) choices.add(ArchiveAnalyzers.Tokens.of(t));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("参数错误：分词方式应为 smartcn、hanlp 或 bigram：" + tokens);
            return 2;
        }
        Reviewer reviewer = Reviewers.withoutArchive();
        Path work = Files.createTempDirectory("shuzhi-eval");
        List<ArchiveEvaluation.Result> results = new ArrayList<>();
        for (ArchiveAnalyzers.Tokens t : choices) {
            ArchiveEvaluation.Result r = ArchiveEvaluation.run(c, t, minYears, reviewer::label, "classifier", work);
            results.add(r);
            w.printf(Locale.ROOT, "%s: %d reports, %d reviewed; one report's checks: median %.1f ms, p95 %.1f ms%n", t.id(), r.reports(),
                    r.evaluated(), r.medianMillis(), r.percentile(0.95));
            r.counts().forEach((rule, k) -> w.printf(Locale.ROOT, "  %-26s P %.2f R %.2f (tp %d fp %d fn %d)%n",
                    rule, k.precision(), k.recall(), k.tp(), k.fp(), k.fn()));
            w.printf(Locale.ROOT, "  source rank: %s%n", r.ranking());
            if (verbose) r.mistakes().forEach(m -> w.println("  " + m));
            w.flush();
        }
        ArchiveAnalyzers.Tokens chosen = choices.contains(ArchiveAnalyzers.DEFAULT) ? ArchiveAnalyzers.DEFAULT : choices.get(0);
        ArchiveEvaluation.Result corpusLabelled = null;
        if (!noCorpusLabels) {
            corpusLabelled = ArchiveEvaluation.run(c, chosen, minYears, ArchiveEvaluation.corpusLabels(c), "corpus", work);
            w.printf(Locale.ROOT, "%s with the corpus's labels:%n", chosen.id());
            corpusLabelled.counts().forEach((rule, k) -> w.printf(Locale.ROOT, "  %-26s P %.2f R %.2f (tp %d fp %d fn %d)%n",
                    rule, k.precision(), k.recall(), k.tp(), k.fp(), k.fn()));
            if (verbose) corpusLabelled.mistakes().forEach(m -> w.println("  " + m));
        }
        // the same, against the gold links with the corpus's corrections (crossrefs-corrections.tsv)
        var corrections = c.crossReferenceCorrections();
        ArchiveEvaluation.Result corrected = null, corpusCorrected = null;
        if (!corrections.isEmpty()) {
            corrected = ArchiveEvaluation.run(c, chosen, minYears, reviewer::label, "classifier", work, corrections);
            printCounts(w, chosen.id() + " against the corrected gold (" + corrections.size() + " corrections):", corrected);
            if (!noCorpusLabels) {
                corpusCorrected = ArchiveEvaluation.run(c, chosen, minYears, ArchiveEvaluation.corpusLabels(c), "corpus", work, corrections);
                printCounts(w, chosen.id() + " with the corpus's labels, corrected gold:", corpusCorrected);
            }
        }
        Files.deleteIfExists(work);
        String md = ArchiveEvaluation.markdown(results, corpusLabelled, corrected, corpusCorrected, corrections, chosen,
                "java -jar target/shuzhi.jar evaluate-archive" + (out == null ? "" : " --out " + out));
        if (out != null) {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            Files.writeString(out, md, StandardCharsets.UTF_8);
            w.println("已写入 " + out);
        } else {
            w.println(md);
        }
        w.flush();
        return 0;
    }

    private static void printCounts(PrintWriter w, String title, ArchiveEvaluation.Result r) {
        w.println(title);
        r.counts().forEach((rule, k) -> w.printf(Locale.ROOT, "  %-26s P %.2f R %.2f (tp %d fp %d fn %d)%n",
                rule, k.precision(), k.recall(), k.tp(), k.fp(), k.fn()));
        for (ArchiveEvaluation.HeldOut h : r.heldOut()) {
            w.printf(Locale.ROOT, "  held out %-17s P %.2f R %.2f%n", h.rule(), h.counts().precision(), h.counts().recall());
        }
        w.flush();
    }
}
