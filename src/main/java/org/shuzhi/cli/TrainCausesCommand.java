package org.shuzhi.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shuzhi.classify.CauseTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train-causes", description = "用手写的原因分句训练主观/客观原因分类模型，并在模型旁写出评估结果（cause-evaluation.md）。")
public final class TrainCausesCommand implements Callable<Integer> {
    /** Clauses of the cause analyses in the corpus's and held-out reports, labelled by hand: measured, never trained on. */
    private static final List<String> DEFAULT_HELD_OUT = List.of("corpus/causes/corpus-clauses.tsv", "corpus/causes/heldout-clauses.tsv");

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "语料目录，读其中的词表（默认 ${DEFAULT-VALUE}）")
    Path corpus;

    @Option(names = "--examples", paramLabel = "FILE", defaultValue = "corpus/causes/clauses.tsv",
            description = "训练用的原因分句（默认 ${DEFAULT-VALUE}）")
    Path examples;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "models/cause-classifier.model", description = "模型文件（默认 ${DEFAULT-VALUE}）")
    Path out;

    @Option(names = "--heldout", paramLabel = "FILE", split = ",",
            description = "不参与训练的已标注分句，只用于评估；可重复（默认：存在时为 corpus/causes 下的 corpus-clauses.tsv 与 heldout-clauses.tsv）")
    List<Path> heldOut;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(examples)) {
            err.println("错误：找不到训练分句文件 " + examples);
            return 1;
        }
        List<Path> sets = new ArrayList<>(heldOut != null ? heldOut
                : DEFAULT_HELD_OUT.stream().map(Path::of).filter(Files::isRegularFile).toList());
        for (Path f : sets) {
            if (!Files.isRegularFile(f)) {
                err.println("错误：找不到评估分句文件 " + f);
                return 1;
            }
        }
        CauseTraining.Result r = CauseTraining.train(corpus, examples, sets);
        r.model().save(out);
        Path md = out.toAbsolutePath().getParent().resolve("cause-evaluation.md");
        Files.writeString(md, CauseTraining.markdown(r, "java -jar target/shuzhi.jar train-causes"), StandardCharsets.UTF_8);
        PrintWriter o = spec.commandLine().getOut();
        var cv = r.crossValidation().get(CauseTraining.CHOSEN);
        o.printf(Locale.ROOT, "已训练：%s，%d 个分句；10 折交叉验证 macro-F1 %.3f，准确率 %.3f%n", CauseTraining.CHOSEN.description(),
                r.clauses(), cv.macroF1(), cv.accuracy());
        r.heldOut().forEach((name, s) -> o.printf(Locale.ROOT, "未参与训练的 %s（%d 个分句）：macro-F1 %.3f，准确率 %.3f%n", name, s.clauses(),
                s.macroF1(), s.accuracy()));
        o.println("模型：" + out + "；评估：" + md);
        return 0;
    }
}
