package org.shuzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.shuzhi.archive.Archive;
import org.shuzhi.classify.Labeled;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.corpus.PlantedDefect;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.PhraseCommonness;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleContext;
import org.shuzhi.rules.RuleEngine;
import org.shuzhi.rules.RuleEvaluation;
import org.shuzhi.web.DemoArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the rules on the corpus's planted defects, once with the labels of the real pipeline (the
 * installed classifier) and once with the corpus's gold labels, so rule errors and classifier errors
 * can be told apart.
 */
@Command(name = "evaluate-rules", description = "在语料库上评测规则：按规则统计查准率、查全率，以及“好”报告上的误报。")
public final class EvaluateRulesCommand implements Callable<Integer> {
    enum Labels { model, gold, both }

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "语料库目录（默认 ${DEFAULT-VALUE}）")
    Path corpusDir;

    @Option(names = "--labels", defaultValue = "both", description = "段落标签来源：model（分类器）、gold（人工标注）或 both（默认）")
    Labels labels;

    @Option(names = "--profile", paramLabel = "ID|FILE", description = "评审要求（默认 default）")
    String profile;

    @Option(names = "--out", paramLabel = "FILE", description = "把评测表写入 Markdown 文件")
    Path out;

    @Option(names = "--details", description = "列出每条规则的误报和漏报")
    boolean details;

    @Option(names = "--heldout", paramLabel = "DIR", description = "同格式的留出集目录（不用于调规则），按 --labels 单独评测；可重复")
    List<Path> heldoutDirs = new ArrayList<>();

    @Option(names = "--archive", paramLabel = "DIR", description = "档案库目录：多份报告共有的短语计为套话（SLOGAN_HEAVY）；"
            + "空目录先用内置语料库建库；评测档案库中已有的报告时不计它本身")
    Path archiveDir;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isRegularFile(corpusDir.resolve("manifest.tsv"))) {
            throw new IllegalArgumentException("找不到语料库：" + corpusDir + " 下没有 manifest.tsv");
        }
        Corpus corpus = Corpus.at(corpusDir);
        Profile p = Profiles.resolve(profile);
        Reviewer reviewer = Reviewers.withoutArchive();
        try (Archive archive = archiveDir == null ? null : Archive.open(archiveDir)) {
            if (archive != null) DemoArchive.seedIfEmpty(archive, reviewer);
            return run(corpus, p, reviewer, archive);
        }
    }

    private Integer run(Corpus corpus, Profile p, Reviewer reviewer, Archive archive) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Map<String, RuleEvaluation> runs = new LinkedHashMap<>();
        if (labels != Labels.gold) runs.put("model（" + reviewer.classifier().name() + "）", evaluate(corpus, p, reviewer, false, archive));
        if (labels != Labels.model) runs.put("gold（人工标注）", evaluate(corpus, p, reviewer, true, archive));
        for (Path heldoutDir : heldoutDirs) {
            if (!Files.isRegularFile(heldoutDir.resolve("manifest.tsv"))) {
                throw new IllegalArgumentException("找不到留出集：" + heldoutDir + " 下没有 manifest.tsv");
            }
            Corpus heldout = Corpus.at(heldoutDir);
            // the classifier was trained on the corpus, so only a held-out set shows the pipeline as users get it
            if (labels != Labels.gold) {
                runs.put("model（" + reviewer.classifier().name() + "）, held-out set " + heldoutDir, evaluate(heldout, p, reviewer, false, archive));
            }
            if (labels != Labels.model) runs.put("gold（人工标注）, held-out set " + heldoutDir, evaluate(heldout, p, reviewer, true, archive));
        }
        String md = markdown(runs, p, archive) + corrections();
        stdout.print(md);
        if (out != null) {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            Files.writeString(out, md + keptNotes(out), StandardCharsets.UTF_8);
        }
        stdout.flush();
        return 0;
    }

    private RuleEvaluation evaluate(Corpus corpus, Profile profile, Reviewer reviewer, boolean gold, Archive archive) {
        Set<String> annotated = new LinkedHashSet<>();
        for (PlantedDefect d : corpus.defects()) annotated.add(d.rule());
        RuleEvaluation eval = new RuleEvaluation(annotated);
        for (PlantedDefect d : corpus.defects()) eval.expect(d.id(), d.paragraph(), d.rule());
        RuleEngine engine = RuleEngine.standard();
        for (CorpusEntry e : corpus.entries()) {
            Report report = corpus.report(e.id());
            AnalyzedReport analyzed = ReportAnalyzer.analyze(report, new ReportMeta(null, e.year(), e.role()));
            List<Labeled> ls = new ArrayList<>();
            if (gold) {
                List<Part> parts = corpus.labels(e.id());
                if (parts.size() != analyzed.paragraphs().size()) {
                    spec.commandLine().getErr().println("跳过 " + e.id() + "：标注" + parts.size() + "行，报告"
                            + analyzed.paragraphs().size() + "段");
                    continue;
                }
                for (Part part : parts) ls.add(new Labeled(part, 1.0));
            } else {
                ls = reviewer.label(analyzed);
            }
            List<Finding> findings = engine.check(new RuleContext(analyzed, ls, profile, commonness(archive, e)));
            List<String> texts = report.paragraphs().stream().map(x -> x.text()).toList();
            eval.report(e.id(), "good".equals(e.quality()), findings, texts);
        }
        return eval;
    }

    /** The archive's phrase commonness for a report, the report itself left out, as a review does. */
    private static PhraseCommonness commonness(Archive archive, CorpusEntry e) {
        return archive == null ? null : archive.excluding(e.unit(), e.year());
    }

    private String markdown(Map<String, RuleEvaluation> runs, Profile profile, Archive archive) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Rules evaluation\n\n");
        sb.append("Generated by `java -jar target/shuzhi.jar evaluate-rules --corpus corpus");
        // the held-out sets as given, so the header names what the tables below measured
        for (Path dir : heldoutDirs) sb.append(" --heldout ").append(dir.toString().replace('\\', '/'));
        sb.append(archive == null ? "" : " --archive DIR").append(" --labels both --details --out docs/rules-evaluation.md` on ")
                .append(LocalDate.now()).append(", profile `").append(profile.id()).append("`")
                .append(archive == null ? ", without an archive" : ", with an archive of " + archive.reports()
                        + " reports (phrases shared by many of them count as stock for SLOGAN_HEAVY; a corpus report is not counted against itself)")
                .append(".\n");
        sb.append("A finding counts as correct when the corpus's `defects.tsv` has the same report, paragraph (or `-` for the ")
                .append("whole report) and rule. Targets: precision and recall ≥ 0.90 per rule; no paragraph-level finding on ")
                .append("reports of quality `good`.\n");
        for (var run : runs.entrySet()) {
            RuleEvaluation ev = run.getValue();
            sb.append("\n## Labels: ").append(run.getKey()).append("\n\n");
            sb.append(ev.reports()).append(" reports.\n\n");
            sb.append("| rule | planted | found | correct | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
            int tp = 0, fp = 0, fn = 0;
            for (RuleEvaluation.Score s : ev.scores()) {
                sb.append(String.format("| %s | %d | %d | %d | %s | %s |%n", s.rule(), s.truePositives() + s.falseNegatives(),
                        s.truePositives() + s.falsePositives(), s.truePositives(), RuleEvaluation.fmt(s.precision()),
                        RuleEvaluation.fmt(s.recall())));
                tp += s.truePositives();
                fp += s.falsePositives();
                fn += s.falseNegatives();
            }
            RuleEvaluation.Score all = new RuleEvaluation.Score("all", tp, fp, fn);
            sb.append(String.format("| **all** | %d | %d | %d | %s | %s |%n", tp + fn, tp + fp, tp,
                    RuleEvaluation.fmt(all.precision()), RuleEvaluation.fmt(all.recall())));
            sb.append("\nNot annotated in the corpus (depend on the profile), findings: ");
            List<String> un = new ArrayList<>();
            ev.unscored().forEach((k, v) -> un.add(k + " " + v));
            sb.append(String.join(", ", un)).append(".\n");
            List<RuleEvaluation.Key> good = ev.onGoodReports();
            sb.append("\nParagraph-level findings on good reports: **").append(good.size()).append("**\n");
            for (RuleEvaluation.Key k : good) sb.append("- ").append(line(ev, k)).append('\n');
            if (details) {
                for (RuleEvaluation.Score s : ev.scores()) {
                    for (RuleEvaluation.Key k : ev.falsePositives(s.rule())) sb.append("- FP ").append(line(ev, k)).append('\n');
                    for (RuleEvaluation.Key k : ev.falseNegatives(s.rule())) sb.append("- FN ").append(line(ev, k)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** Everything after this line of an earlier report is hand-written and kept when the tables are regenerated. */
    static final String NOTES_MARKER = "<!-- notes: kept when evaluate-rules regenerates the tables above -->";

    private static String keptNotes(Path out) throws IOException {
        if (!Files.isRegularFile(out)) return "";
        String old = Files.readString(out, StandardCharsets.UTF_8);
        int at = old.indexOf(NOTES_MARKER);
        return at < 0 ? "" : "\n" + old.substring(at);
    }

    /** The corrections made to the corpus annotation (corpus/defects-corrections.tsv), if any. */
    private String corrections() throws IOException {
        Path file = corpusDir.resolve("defects-corrections.tsv");
        if (!Files.isRegularFile(file)) return "";
        StringBuilder sb = new StringBuilder("\n## Corrections to the annotation\n\n");
        sb.append("Where an annotation in `defects.tsv` contradicts the writers' guideline, it was corrected; every change ")
                .append("is listed in `").append(corpusDir.relativize(file)).append("` and here.\n\n");
        sb.append("| report | paragraph | rule | change | reason |\n|---|---:|---|---|---|\n");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] r = line.split("\t", -1);
            sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return sb.toString();
    }

    private static String line(RuleEvaluation ev, RuleEvaluation.Key k) {
        String text = ev.snippet(k);
        if (text.length() > 60) text = text.substring(0, 60) + "……";
        return k.rule() + " " + k.report() + " #" + (k.paragraph() == null ? "-" : k.paragraph()) + " " + text;
    }
}
