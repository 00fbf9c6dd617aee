package org.shuzhi.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.history.CommitmentFact;
import org.shuzhi.archive.history.UnitHistories;
import org.shuzhi.archive.history.UnitHistory;
import org.shuzhi.review.HistoryReviews;
import org.shuzhi.review.Json;
import org.shuzhi.review.Reviewers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "history", description = "显示一个单位历年的述职情况：篇幅与比例、建议结论、问题及其主题（往年提出过的标明年度）、对上年承诺的回应。")
public final class HistoryCommand implements Callable<Integer> {
    enum Format { text, json }

    static final Map<CommitmentFact.Status, String> STATUS = Map.of(CommitmentFact.Status.answered, "已回应",
            CommitmentFact.Status.partly, "部分回应", CommitmentFact.Status.notAnswered, "未回应");

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    SolrOption solrOption;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：text 或 json（默认 ${DEFAULT-VALUE}，json 与 GET /api/units/{key}/history 相同）")
    Format format;

    @Option(names = "--no-review", description = "不重新评审各年度报告（不显示篇幅比例、建议结论和发现数，更快）")
    boolean noReview;

    @Parameters(paramLabel = "UNIT", description = "单位（各种写法均可，如 城东小学支部）")
    String unit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        UnitHistory history;
        try (ArchiveEngine archive = ReadArchive.open(archiveOption, solrOption, err)) {
            if (archive == null) return 1;
            history = UnitHistories.of(archive, unit);
            if (history.years().isEmpty()) {
                err.println("错误：档案库中没有该单位的报告：" + unit + "（用 units 命令查看已有单位）");
                return 1;
            }
            if (!noReview) history = HistoryReviews.of(history, archive, Reviewers.withArchive(archive));
        } catch (org.shuzhi.archive.ArchiveException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
        if (format == Format.json) out.println(Json.write(history));
        else print(history, out);
        out.flush();
        return 0;
    }

    static void print(UnitHistory h, PrintWriter out) {
        out.printf("%s 历年述职情况（%d 个年度）%n", h.unit(), h.years().size());
        for (UnitHistory.Year y : h.years()) {
            out.printf("%n%d年度%s%s%n", y.year(), y.role() == null ? "" : "　" + y.role(), y.file() == null ? "" : "　文件：" + y.file());
            UnitHistory.YearReview r = y.review();
            if (r != null) {
                out.printf("  篇幅 %,d 字；成绩做法 %s，问题原因 %s，下步打算 %s；建议结论：%s（严重 %d 条，提醒 %d 条，提示 %d 条）%n", r.chars(),
                        pct(r.shares().get("achievement")), pct(r.shares().get("problem")), pct(r.shares().get("plan")), r.outcome(),
                        r.findings().getOrDefault("error", 0), r.findings().getOrDefault("warning", 0), r.findings().getOrDefault("info", 0));
            }
            out.println(y.problems().isEmpty() ? "  问题：报告中没有识别出问题段落" : "  问题：");
            for (UnitHistory.Problem p : y.problems()) {
                // paragraphs are numbered from 1 for people (第1段 = JSON index 0)
                out.printf("    第%d段%s%s：%s%n", p.paragraph() + 1, p.theme() == null ? "" : "［" + p.theme() + "］",
                        p.repeated() ? "（第" + p.recurrence() + "次提出：" + years(p.years()) + "）" : "", p.text());
            }
            if (!y.commitments().isEmpty()) out.println("  对上年承诺的回应：");
            for (UnitHistory.Commitment c : y.commitments()) {
                out.printf("    ［%s］%d年度第%d段：%s%n", STATUS.get(c.status()), c.year(), c.paragraph() + 1, c.text());
                if (c.answer() != null) out.printf("        回应（第%d段）：%s%n", c.answer().paragraph() + 1, c.answer().text());
                if (c.status() != CommitmentFact.Status.answered && !c.missing().isEmpty()) {
                    out.printf("        未提及：%s%n", String.join("、", c.missing()));
                }
            }
        }
    }

    private static String years(java.util.List<Integer> years) {
        return String.join("、", years.stream().map(String::valueOf).toList());
    }

    private static String pct(Double share) {
        return share == null ? "—" : Math.round(share * 100) + "%";
    }
}
