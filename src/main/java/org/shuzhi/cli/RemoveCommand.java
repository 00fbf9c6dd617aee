package org.shuzhi.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.server.AuditLog;
import org.shuzhi.server.ServerFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Removes a report filed by mistake; the change goes into the audit log beside the archive. */
@Command(name = "remove", description = "从档案库删除某单位某年度的报告（误存时用），并记入审计日志；要替换则直接用 index 重新存入。")
public final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--unit", required = true, paramLabel = "U", description = "单位")
    String unit;

    @Option(names = "--year", required = true, paramLabel = "Y", description = "年度")
    int year;

    @Mixin
    ArchiveOption archiveOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try (Archive archive = Archive.open(archiveOption.directory())) {
            ArchivedReport r = archive.report(unit, year).orElse(null);
            if (r == null) {
                err.println("错误：档案中没有 " + unit + " " + year + " 年度的报告");
                return 1;
            }
            archive.delete(unit, year);
            new AuditLog(ServerFolder.of(archiveOption.directory()), java.time.Clock.systemUTC())
                    .record("命令行:" + System.getProperty("user.name"), "删除报告", Map.of("unit", r.unit(), "year", r.year(), "file", r.file()));
            out.println("已删除：" + r.unit() + " " + r.year() + " 年度（" + r.file() + "），档案库现有 " + archive.size() + " 份报告");
            return 0;
        } catch (ArchiveException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
    }
}
