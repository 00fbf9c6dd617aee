package org.shuzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.shuzhi.archive.Archive;
import org.shuzhi.classify.Figures;
import org.shuzhi.classify.Labeled;
import org.shuzhi.corpus.Alignment;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.corpus.GoldParagraph;
import org.shuzhi.corpus.PlantedDefect;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.ParagraphResult;
import org.shuzhi.review.ReadingEvaluation;
import org.shuzhi.review.Review;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.PhraseCommonness;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleCatalog;
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
 * can be told apart; and for each held-out set, how the product reads its reports (labels, sections, page
 * debris, unit, year, role and name: {@link ReadingEvaluation}). A held-out set's reports may be .txt in any
 * encoding the product reads, or .docx/.doc/.pdf; its annotated paragraphs are aligned with the product's
 * ({@link Alignment}), so the annotation need not count paragraphs as the product does.
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

    @Option(names = "--heldout", paramLabel = "DIR", description = "同格式的留出集目录（不用于调规则），按 --labels 单独评测，并评测段落分类、元数据（单位、年度、职务、姓名）的识别；可重复")
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

    /** One part of the output: a run of the rules over a corpus or held-out set, or how a held-out set was read. */
    private record Section(String title, RuleEvaluation rules, ReadingEvaluation reading) {}

    private Integer run(Corpus corpus, Profile p, Reviewer reviewer, Archive archive) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        List<Section> sections = new ArrayList<>();
        if (labels != Labels.gold) sections.add(new Section("model（" + reviewer.classifier().name() + "）", evaluate(corpus, p, reviewer, false, archive), null));
        if (labels != Labels.model) sections.add(new Section("gold（人工标注）", evaluate(corpus, p, reviewer, true, archive), null));
        for (Path heldoutDir : heldoutDirs) {
            if (!Files.isRegularFile(heldoutDir.resolve("manifest.tsv"))) {
                throw new IllegalArgumentException("找不到留出集：" + heldoutDir + " 下没有 manifest.tsv");
            }
            Corpus heldout = Corpus.at(heldoutDir);
            // the classifier was trained on the corpus, so only a held-out set shows the pipeline as users get it
            if (labels != Labels.gold) {
                sections.add(new Section("model（" + reviewer.classifier().name() + "）, held-out set " + heldoutDir,
                        evaluate(heldout, p, reviewer, false, archive), null));
            }
            if (labels != Labels.model) {
                sections.add(new Section("gold（人工标注）, held-out set " + heldoutDir, evaluate(heldout, p, reviewer, true, archive), null));
            }
            sections.add(new Section("held-out set " + heldoutDir, null, read(heldout, p, reviewer)));
        }
        String md = markdown(sections, p, archive) + corrections();
        stdout.print(md);
        if (out != null) {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            Files.writeString(out, md + keptNotes(out), StandardCharsets.UTF_8);
        }
        stdout.flush();
        return 0;
    }

    /**
     * The rules over one corpus. A held-out set's gold paragraphs are aligned with the paragraphs the product
     * reads ({@link Alignment}); findings are scored in the annotation's numbering, each translated to the gold
     * row of its paragraph (the row the annotation expects it on where a paragraph holds several, the row it
     * continues where the product split one). With gold labels, each product paragraph takes its row's label.
     */
    private RuleEvaluation evaluate(Corpus corpus, Profile profile, Reviewer reviewer, boolean gold, Archive archive) {
        Set<String> annotated = new LinkedHashSet<>();
        Set<RuleEvaluation.Key> expected = new HashSet<>();
        for (PlantedDefect d : corpus.defects()) {
            annotated.add(d.rule());
            expected.add(new RuleEvaluation.Key(d.id(), d.paragraph(), d.rule()));
        }
        RuleEvaluation eval = new RuleEvaluation(annotated);
        for (PlantedDefect d : corpus.defects()) eval.expect(d.id(), d.paragraph(), d.rule());
        RuleEngine engine = RuleEngine.standard();
        for (CorpusEntry e : corpus.entries()) {
            Report report = corpus.report(e.id());
            AnalyzedReport analyzed = ReportAnalyzer.analyze(report, new ReportMeta(null, e.year(), e.role()));
            List<String> texts = report.paragraphs().stream().map(x -> x.text()).toList();
            List<GoldParagraph> rows = corpus.goldParagraphs(e.id());
            Alignment alignment = Alignment.of(rows, texts);
            if (!alignment.failures().isEmpty()) {
                spec.commandLine().getErr().println("对齐 " + e.id() + "：" + alignment.failures().size() + " 段标注在报告中找不到");
            }
            List<Labeled> ls = new ArrayList<>();
            if (gold) {
                for (int j = 0; j < texts.size(); j++) {
                    Integer row = alignment.owner(j);
                    ls.add(new Labeled(row == null ? Part.OTHER : rows.get(row).label(), 1.0));
                }
            } else {
                ls = reviewer.label(analyzed);
            }
            List<Finding> findings = engine.check(new RuleContext(analyzed, ls, profile, commonness(archive, e)));
            List<RuleEvaluation.Key> keys = new ArrayList<>();
            for (Finding f : findings) keys.add(new RuleEvaluation.Key(e.id(), goldParagraph(f, e.id(), rows, alignment, expected), f.rule()));
            eval.report(e.id(), e.quality(), keys, goldTexts(rows, alignment, texts));
        }
        return eval;
    }

    /**
     * The annotation's paragraph a finding is on: null for the whole report; of the rows aligned with its
     * paragraph, the one the annotation expects this rule on, else the first; for a paragraph no row starts,
     * the row it continues; below zero for a paragraph before the first aligned row.
     */
    static Integer goldParagraph(Finding f, String id, List<GoldParagraph> rows, Alignment alignment, Set<RuleEvaluation.Key> expected) {
        if (f.paragraph() == null) return null;
        for (int i : alignment.golds(f.paragraph())) {
            if (expected.contains(new RuleEvaluation.Key(id, rows.get(i).index(), f.rule()))) return rows.get(i).index();
        }
        Integer owner = alignment.owner(f.paragraph());
        return owner == null ? -1 - f.paragraph() : rows.get(owner).index();
    }

    /** The product's text of each annotated paragraph (its first characters where it was not found), for the lists. */
    private static List<String> goldTexts(List<GoldParagraph> rows, Alignment alignment, List<String> texts) {
        int size = rows.stream().mapToInt(GoldParagraph::index).max().orElse(-1) + 1;
        List<String> out = new ArrayList<>(Collections.nCopies(size, ""));
        for (int i = 0; i < rows.size(); i++) {
            int j = alignment.product(i);
            out.set(rows.get(i).index(), j < 0 ? rows.get(i).prefix() : texts.get(j));
        }
        return out;
    }

    /** How the product reads each report of a held-out set: its review as a user gets it, nothing given. */
    private static ReadingEvaluation read(Corpus corpus, Profile profile, Reviewer reviewer) {
        ReadingEvaluation reading = new ReadingEvaluation();
        for (CorpusEntry e : corpus.entries()) {
            Review review = reviewer.review(corpus.report(e.id()), new ReviewRequest(null, ReportMeta.UNKNOWN, false, profile));
            List<GoldParagraph> rows = corpus.goldParagraphs(e.id());
            List<String> texts = review.paragraphs().stream().map(ParagraphResult::text).toList();
            reading.add(e, rows, Alignment.of(rows, texts), review);
        }
        return reading;
    }

    /** The archive's phrase commonness for a report, the report itself left out, as a review does. */
    private static PhraseCommonness commonness(Archive archive, CorpusEntry e) {
        return archive == null ? null : archive.excluding(e.unit(), e.year());
    }

    private String markdown(List<Section> sections, Profile profile, Archive archive) {
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
        if (!heldoutDirs.isEmpty()) sb.append(READING_HEADER);
        for (Section section : sections) {
            if (section.rules() != null) rules(sb, section.title(), section.rules());
            else reading(sb, section.title(), section.reading());
        }
        return sb.toString();
    }

    private static final String READING_HEADER = """

            A held-out set's annotated paragraphs are aligned with the paragraphs the product reads by order and by their \
            first characters (`labels/ID.tsv`'s third column), so that lines run together, table cells and page debris do \
            not shift the numbering; findings are scored in the annotation's numbering, each report given the manifest's \
            year and role (where not `-`) as before, and a **content** row leaves out the whole-report codes. Each held-out set also gets a \
            *Reading* section: the reports reviewed as a user gets them (nothing given with --unit/--year/--role), each \
            annotated paragraph's label (page debris counted as `other`) and, where annotated, section against the \
            product's, and unit, year, role and name against the manifest (`-`: the text does not give it, so only null \
            is right). Units match when the archive files them under one unit (中共 and spaces dropped, width and \
            traditional characters folded, 支部委员会 = 党支部, 委员会 = 党委), or when one name contains or abbreviates \
            the other at the same organisation level and both end in the same kind of institution (中学, 村, 分局 …: \
            第三党支部 is no match for 区公安分局机关第三党支部); roles match when equal or one is the other with a \
            qualifier (在职党支部书记 / 党支部书记, 机关党委书记 / 党委书记); names as written (张XX is not 张某).
            """;

    private void rules(StringBuilder sb, String title, RuleEvaluation ev) {
        sb.append("\n## Labels: ").append(title).append("\n\n");
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
        RuleEvaluation.Score content = content(ev);
        if (!content.equals(new RuleEvaluation.Score("content", tp, fp, fn))) {
            int ctp = content.truePositives(), cfp = content.falsePositives(), cfn = content.falseNegatives();
            sb.append(String.format("| **content** (paragraph rules) | %d | %d | %d | %s | %s |%n", ctp + cfn, ctp + cfp, ctp,
                    RuleEvaluation.fmt(content.precision()), RuleEvaluation.fmt(content.recall())));
        }
        sb.append("\nNot annotated in the corpus (depend on the profile), findings: ");
        List<String> un = new ArrayList<>();
        ev.unscored().forEach((k, v) -> un.add(k + " " + v));
        sb.append(String.join(", ", un)).append(".\n");
        List<RuleEvaluation.Key> good = ev.onGoodReports();
        sb.append("\nParagraph-level findings on good reports: **").append(good.size()).append("**\n");
        for (RuleEvaluation.Key k : good) sb.append("- ").append(line(ev, k)).append('\n');
        if (ev.nonReports() > 0) {
            List<RuleEvaluation.Key> non = ev.onNonReports();
            sb.append("\nFindings on the ").append(ev.nonReports()).append(" texts that are no duty report (quality `not-report`), ")
                    .append("other than NOT_A_DUTY_REPORT and TEXT_INCOMPLETE: **").append(non.size()).append("**\n");
            for (RuleEvaluation.Key k : non) sb.append("- ").append(line(ev, k)).append('\n');
        }
        if (details) {
            for (RuleEvaluation.Score s : ev.scores()) {
                for (RuleEvaluation.Key k : ev.falsePositives(s.rule())) sb.append("- FP ").append(line(ev, k)).append('\n');
                for (RuleEvaluation.Key k : ev.falseNegatives(s.rule())) sb.append("- FN ").append(line(ev, k)).append('\n');
            }
        }
    }

    /** The rules about paragraphs' content, whole-report codes (structure, not a report, cut off) left out. */
    private static RuleEvaluation.Score content(RuleEvaluation ev) {
        int tp = 0, fp = 0, fn = 0;
        for (RuleEvaluation.Score s : ev.scores()) {
            if (!RuleCatalog.standard().contains(s.rule()) || RuleCatalog.standard().get(s.rule()).reportLevel()) continue;
            tp += s.truePositives();
            fp += s.falsePositives();
            fn += s.falseNegatives();
        }
        return new RuleEvaluation.Score("content", tp, fp, fn);
    }

    private void reading(StringBuilder sb, String title, ReadingEvaluation r) {
        sb.append("\n## Reading: ").append(title).append("\n\n");
        int failures = r.failures().size();
        sb.append(r.reports()).append(" reports, ").append(r.goldRows()).append(" annotated paragraphs: ")
                .append(r.goldRows() - failures).append(" aligned (").append(r.inside())
                .append(" inside a paragraph the product did not split), ").append(failures).append(" not found; ")
                .append(r.unclaimed()).append(" of the product's paragraphs start no annotated one.\n\n");
        sb.append("| read | correct | of | accuracy |\n|---|---:|---:|---:|\n");
        tally(sb, "label (debris as other)", r.labels());
        tally(sb, "section", r.sections());
        for (String field : ReadingEvaluation.FIELDS) tally(sb, field, r.meta(field));
        Figures f = r.labelFigures();
        if (f != null) {
            List<String> per = new ArrayList<>();
            f.perClass().forEach((label, c) -> { if (c.support() > 0) per.add(label + " " + RuleEvaluation.fmt(c.f1())); });
            sb.append("\nLabel macro-F1 ").append(RuleEvaluation.fmt(f.macroF1())).append(" (F1: ").append(String.join(", ", per)).append(").\n");
        }
        int[] d = r.debris();
        if (!r.debrisMarked()) {
            sb.append("\nPage debris: the product marks none (no `debris` on its paragraphs); ").append(d[2]).append(" annotated.\n");
        } else {
            RuleEvaluation.Score s = new RuleEvaluation.Score("debris", d[0], d[1], d[2]);
            sb.append(String.format("%nPage debris: %d annotated, %d marked, %d of them right: precision %s, recall %s.%n",
                    d[0] + d[2], d[0] + d[1], d[0], RuleEvaluation.fmt(s.precision()), RuleEvaluation.fmt(s.recall())));
        }
        List<ReadingEvaluation.Miss> misses = new ArrayList<>();
        for (String first : List.of("unit", "year", "role", "name", "alignment")) {
            r.misses().stream().filter(m -> m.what().equals(first)).forEach(misses::add);
        }
        if (details) r.misses().stream().filter(m -> !misses.contains(m)).forEach(misses::add);
        if (!misses.isEmpty()) sb.append('\n');
        for (ReadingEvaluation.Miss m : misses) {
            String text = m.text().length() > 60 ? m.text().substring(0, 60) + "……" : m.text();
            sb.append("- ").append(m.what()).append(' ').append(m.report()).append(m.paragraph() == null ? "" : " #" + m.paragraph())
                    .append(": annotated ").append(m.gold()).append(", read ").append(m.product())
                    .append(text.isEmpty() ? "" : " — " + text).append('\n');
        }
    }

    private static void tally(StringBuilder sb, String what, ReadingEvaluation.Tally t) {
        if (t.total() == 0) sb.append("| ").append(what).append(" | — | — | not annotated |\n");
        else sb.append(String.format("| %s | %d | %d | %s |%n", what, t.correct(), t.total(), RuleEvaluation.fmt(t.accuracy())));
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
