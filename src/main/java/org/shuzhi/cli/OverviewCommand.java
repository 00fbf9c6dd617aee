package org.shuzhi.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.overview.Overview;
import org.shuzhi.archive.overview.OverviewQuery;
import org.shuzhi.archive.overview.Overviews;
import org.shuzhi.archive.overview.ThemeCount;
import org.shuzhi.export.OverviewWorkbook;
import org.shuzhi.review.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "overview", description = "档案库的总体情况：各问题主题的数量及逐年变化，问题在 2 个、3 个及以上年度反复出现的单位，各单位对上年承诺的回应。")
public final class OverviewCommand implements Callable<Integer> {
    enum Format { text, json, xlsx }

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    SolrOption solrOption;

    @Option(names = "--from", paramLabel = "Y", description = "起始年度（默认：档案中最早的年度）")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "截止年度（默认：档案中最近的年度）")
    Integer to;

    @Option(names = "--unit", paramLabel = "U", description = "只看一个单位（各种写法均可）")
    String unit;

    @Option(names = "--limit", paramLabel = "N", description = "列表最多列出的条数（默认：text 与 json 各 " + OverviewQuery.DEFAULT_LIMIT + " 条，xlsx 全部；合计数总是全部）")
    Integer limit;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：text、json 或 xlsx（默认 ${DEFAULT-VALUE}；xlsx 须用 --out 指定文件）")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "写入文件（xlsx 必填；text、json 不填则输出到屏幕）")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (format == Format.xlsx && outFile == null) {
            err.println("参数错误：--format xlsx 需要用 --out 指定 .xlsx 文件（用 --help 查看用法）");
            return 2;
        }
        int rows = limit != null ? limit : format == Format.xlsx ? Integer.MAX_VALUE : OverviewQuery.DEFAULT_LIMIT;
        if (rows < 1) {
            err.println("参数错误：--limit 应为正整数（用 --help 查看用法）");
            return 2;
        }
        Overview o;
        try (ArchiveEngine archive = ReadArchive.open(archiveOption, solrOption, err)) {
            if (archive == null) return 1;
            o = Overviews.of(archive, new OverviewQuery(from, to, unit, rows));
        } catch (org.shuzhi.archive.ArchiveException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
        if (unit != null && o.unitKey() == null) {
            err.println("错误：档案库中没有该单位的报告：" + unit + "（用 units 命令查看已有单位）");
            return 1;
        }
        if (format == Format.xlsx) {
            try (OutputStream out = Files.newOutputStream(outFile)) {
                OverviewWorkbook.write(o, out);
            }
            spec.commandLine().getOut().println("已写入 " + outFile);
            spec.commandLine().getOut().flush();
            return 0;
        }
        String text = format == Format.json ? Json.write(o) : text(o);
        if (outFile != null) {
            Files.writeString(outFile, text + "\n", StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("已写入 " + outFile);
        } else {
            spec.commandLine().getOut().println(text);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    static String text(Overview o) {
        StringBuilder sb = new StringBuilder();
        if (o.from() == null) return "档案库中没有" + (o.unit() == null ? "" : "该单位的") + "报告。";
        sb.append(String.format("总体情况 %d–%d 年度（%s）：报告 %,d 份，问题 %,d 条，其中 %,d 条未归入主题（%.1f%%）%n", o.from(), o.to(),
                o.unit() == null ? "全部单位" : o.unit(), o.reports(), o.coverage().problems(), o.coverage().unthemed(),
                o.coverage().unthemedShare() * 100));
        sb.append(String.format("%n问题主题%s合计", pad("问题主题", 24)));
        for (int y : o.years()) sb.append(String.format("%7d", y));
        sb.append('\n');
        for (ThemeCount t : o.themes()) {
            if (t.count() == 0) continue;
            sb.append(t.name()).append(pad(t.name(), 24)).append(String.format("%4d", t.count()));
            for (int y : o.years()) sb.append(String.format("%7d", t.byYear().getOrDefault(y, 0)));
            sb.append('\n');
        }
        sb.append(OverviewWorkbook.UNTHEMED).append(pad(OverviewWorkbook.UNTHEMED, 24)).append(String.format("%4d", o.coverage().unthemed()));
        for (int y : o.years()) sb.append(String.format("%7d", o.coverage().unthemedByYear().getOrDefault(y, 0)));
        sb.append('\n');
        var rc = o.recurringCounts();
        sb.append(String.format("%n反复出现的问题：2 个年度 %d 条（%d 个单位），3 个及以上年度 %d 条（%d 个单位）%n", rc.twice(), rc.unitsTwice(),
                rc.threeOrMore(), rc.unitsThreeOrMore()));
        for (Overview.Recurring r : o.recurring()) {
            // paragraphs are numbered from 1 for people (第1段 = JSON index 0)
            sb.append(String.format("  %s %d年度第%d段%s（%s）：%s%n", r.unit(), r.year(), r.paragraph() + 1,
                    r.theme() == null ? "" : "［" + r.theme() + "］", String.join("、", r.years().stream().map(String::valueOf).toList()), r.problem()));
        }
        if (rc.twice() + rc.threeOrMore() > o.recurring().size()) sb.append(String.format("  ……仅列出前 %d 条%n", o.recurring().size()));
        var ct = o.commitmentTotals();
        sb.append(String.format("%n对上年承诺的回应：%d 份报告共 %d 项承诺，已回应 %d 项，部分回应 %d 项，未回应 %d 项%n", ct.reports(), ct.commitments(),
                ct.answered(), ct.partly(), ct.notAnswered()));
        for (Overview.CommitmentCount c : o.commitments()) {
            sb.append(String.format("  %s %d年度：已回应 %d，部分回应 %d，未回应 %d%n", c.unit(), c.year(), c.answered(), c.partly(), c.notAnswered()));
        }
        if (ct.reports() > o.commitments().size()) sb.append(String.format("  ……仅列出前 %d 份%n", o.commitments().size()));
        return sb.toString().stripTrailing();
    }

    /** Spaces to line up a column after a Chinese name (a Chinese character takes two columns). */
    private static String pad(String s, int width) {
        int w = 0;
        for (char c : s.toCharArray()) w += c < 0x2E80 ? 1 : 2;
        return " ".repeat(Math.max(1, width - w));
    }
}
