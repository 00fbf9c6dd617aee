package org.shuzhi.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.SearchHit;
import org.shuzhi.archive.SearchQuery;
import org.shuzhi.archive.SearchResult;
import org.shuzhi.document.Part;
import org.shuzhi.review.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", description = "在档案库中检索往年述职报告的段落（BM25 排序，命中词以【】标出）。")
public final class SearchCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    SolrOption solrOption;

    @Option(names = "--year", paramLabel = "Y", description = "年度，或年度范围如 2021-2023")
    String year;

    @Option(names = "--unit", paramLabel = "U", description = "单位，按平常的叫法即可（如 城东小学，即可查到 城东小学党支部 的报告）")
    String unit;

    @Option(names = "--label", paramLabel = "L", description = "段落类别：成绩、问题、打算、其他（或 achievement、problem、plan、other）")
    String label;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "最多显示条数（默认 ${DEFAULT-VALUE}）")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：text 或 json（默认 ${DEFAULT-VALUE}）")
    Format format;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "检索词")
    java.util.List<String> words;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer[] years;
        Part part;
        try {
            years = years(year);
            part = label == null ? null : Part.named(label);
        } catch (IllegalArgumentException e) {
            err.println("参数错误：" + (year != null && e instanceof NumberFormatException
                    ? "年度应为如 2023 或 2021-2023 的形式：" + year
                    : "段落类别应为 成绩、问题、打算 或 其他（achievement、problem、plan、other）：" + label));
            return 2;
        }
        SearchQuery query = new SearchQuery(String.join(" ", words), years[0], years[1], unit, part, limit);
        SearchResult result;
        try (ArchiveEngine archive = ReadArchive.open(archiveOption, solrOption, err)) {
            if (archive == null) return 1;
            result = archive.search(query);
        } catch (org.shuzhi.archive.ArchiveException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
        if (format == Format.json) {
            out.println(Json.write(result));
        } else {
            String unitNote = unitNote(result.unit());
            if (unitNote != null) out.println(unitNote);
            out.printf("共 %d 条结果%s%n", result.total(), result.total() > result.hits().size()
                    ? "，显示前 " + result.hits().size() + " 条" : "");
            for (SearchHit h : result.hits()) {
                // people count paragraphs from 1 (第1段 = JSON index 0), as the review's messages do
                out.printf("%n%s %d年度 第%d段 [%s]%n  %s%n", h.unit(), h.year(), h.paragraph() + 1, h.label().chinese(),
                        h.highlight().render("【", "】"));
            }
        }
        out.flush();
        return 0;
    }

    /**
     * How {@code --unit} was understood: the archived units it stands for when that is not just the name
     * given; when it stands for none, says so and names the nearest units. Null when there is nothing to say.
     */
    static String unitNote(SearchResult.UnitMatch u) {
        if (u == null) return null;
        if (!u.matched().isEmpty()) {
            return u.matched().equals(java.util.List.of(u.given())) ? null
                    : "单位“" + u.given() + "”按 " + String.join("、", u.matched()) + " 检索";
        }
        String none = "档案库中没有单位“" + u.given() + "”的报告";
        return u.suggestions().isEmpty() ? none + "，也没有相近的单位（用 units 命令查看档案中的全部单位）"
                : none + "。相近的单位：" + String.join("、", u.suggestions()) + "（可用 --unit 指定其一）";
    }

    /** "2023" or "2021-2023" to [from, to]; null to no bounds. */
    static Integer[] years(String spec) {
        if (spec == null || spec.isBlank()) return new Integer[] {null, null};
        String[] parts = spec.trim().split("\\s*[-–~至]\\s*", 2);
        Integer from = Integer.valueOf(parts[0]);
        Integer to = parts.length > 1 ? Integer.valueOf(parts[1]) : from;
        // 2023-2021 names the same years as 2021-2023, not none
        return from <= to ? new Integer[] {from, to} : new Integer[] {to, from};
    }
}
