package org.shuzhi.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shuzhi.classify.Trainer;
import org.shuzhi.classify.TrainingEvaluation;
import org.shuzhi.review.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", description = "用语料训练段落分类模型，并在模型旁写出评估结果%n（evaluation.json、evaluation.md）。")
public final class TrainCommand implements Callable<Integer> {
    /** The rules' held-out report sets, which carry paragraph labels too. */
    private static final List<String> DEFAULT_HELD_OUT =
            List.of("src/test/resources/rules/heldout", "src/test/resources/rules/heldout-final");

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "语料目录（默认 ${DEFAULT-VALUE}）")
    Path corpus;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "models/paragraph-classifier.model",
            description = "模型文件（默认 ${DEFAULT-VALUE}）")
    Path out;

    @Option(names = "--compare", description = "同时以留一单位交叉验证比较全部候选算法（很慢：Logistic 与随机森林需数十分钟）")
    boolean compare;

    @Option(names = "--heldout", paramLabel = "DIR", split = ",",
            description = "不参与训练的已标注报告集（语料目录格式），只用于评估；可重复%n（默认：存在时为 src/test/resources/rules/heldout 与 heldout-final）")
    List<Path> heldOut;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(corpus.resolve("manifest.tsv"))) {
            err.println("错误：语料目录 " + corpus + " 中没有 manifest.tsv");
            return 1;
        }
        List<Path> sets = heldOut != null ? heldOut
                : DEFAULT_HELD_OUT.stream().map(Path::of).filter(d -> Files.isRegularFile(d.resolve("manifest.tsv"))).toList();
        for (Path d : sets) {
            if (!Files.isRegularFile(d.resolve("manifest.tsv"))) {
                err.println("错误：评估集目录 " + d + " 中没有 manifest.tsv");
                return 1;
            }
        }
        Trainer.Result result = Trainer.standard(compare).train(corpus, sets);
        result.model().save(out);
        Path dir = out.toAbsolutePath().getParent();
        TrainingEvaluation ev = result.evaluation();
        Files.writeString(dir.resolve("evaluation.json"), Json.write(ev) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("evaluation.md"), ev.markdown(), StandardCharsets.UTF_8);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "已训练：%s，%d 份报告、%d 个段落，用时 %d 秒%n", ev.algorithm(), ev.reports(), ev.paragraphs(),
                ev.trainingSeconds());
        o.printf(Locale.ROOT, "留一单位 macro-F1：含标题 %.3f，去标题 %.3f；10 折：含标题 %.3f，去标题 %.3f%n",
                ev.leaveOneUnitOutById().get("with_headings").macroF1(), ev.leaveOneUnitOutById().get("headings_removed").macroF1(),
                ev.tenFoldById().get("with_headings").macroF1(), ev.tenFoldById().get("headings_removed").macroF1());
        o.printf(Locale.ROOT, "置信度：温度 %.2f，留一单位 ECE %.3f，Brier %.3f（含标题）%n", ev.temperature(),
                ev.calibrationById().get("with_headings").ece(), ev.calibrationById().get("with_headings").brier());
        for (var h : ev.heldOut()) {
            o.printf(Locale.ROOT, "未参与训练的 %s（%d 份）：macro-F1 含标题 %.3f，去标题 %.3f%n", h.name(), h.reports(),
                    h.figuresById().get("with_headings").macroF1(), h.figuresById().get("headings_removed").macroF1());
        }
        o.println("模型：" + out + "；评估：" + dir.resolve("evaluation.md"));
        return 0;
    }
}
