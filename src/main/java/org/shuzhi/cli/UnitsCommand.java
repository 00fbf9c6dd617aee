package org.shuzhi.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.UnitSummary;
import org.shuzhi.review.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "units", description = "列出档案库中的单位及其报告年度。")
public final class UnitsCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    SolrOption solrOption;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：text 或 json（默认 ${DEFAULT-VALUE}）")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<UnitSummary> units;
        try (ArchiveEngine archive = ReadArchive.open(archiveOption, solrOption, spec.commandLine().getErr())) {
            if (archive == null) return 1;
            units = archive.units();
        } catch (org.shuzhi.archive.ArchiveException e) {
            spec.commandLine().getErr().println("错误：" + e.getMessage());
            return 1;
        }
        if (format == Format.json) {
            out.println(Json.write(units));
        } else {
            out.printf("共 %d 个单位%n", units.size());
            for (UnitSummary u : units) {
                out.printf("%s\t%s\t%s%n", u.unit(), String.join("、", u.years().stream().map(y -> y + "年").toList()), u.unitKey());
            }
        }
        out.flush();
        return 0;
    }
}
