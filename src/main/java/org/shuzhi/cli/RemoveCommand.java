package org.shuzhi.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.server.AuditLog;
import org.shuzhi.web.DemoArchive;
import org.shuzhi.server.ServerFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Removes a report filed by mistake; the change goes into the audit log beside the archive. */
@Command(name = "remove", description = "从档案库删除某单位某年度的报告（误存时用），并记入审计日志；要替换则直接用 index 重新存入。"
        + "%n--demo：一次删除旧版本存入的全部演示报告（与随程序附带的虚构报告逐段相同者）。")
public final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--unit", paramLabel = "U", description = "单位")
    String unit;

    @Option(names = "--year", paramLabel = "Y", description = "年度")
    Integer year;

    @Option(names = "--demo", description = "删除档案库中的全部演示报告（旧版本首次启动时存入的）")
    boolean demo;

    @Mixin
    ArchiveOption archiveOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (demo == (unit != null || year != null) || (!demo && (unit == null || year == null))) {
            err.println("参数错误：请给出 --unit 和 --year（删除一份报告），或只给 --demo（删除全部演示报告）（用 --help 查看用法）");
            return 2;
        }
        if (!Archive.exists(archiveOption.directory())) {
            err.println("错误：档案库不存在：" + archiveOption.directory());
            return 1;
        }
        try (Archive archive = Archive.open(archiveOption.directory())) {
            if (demo) return removeDemo(archive, out);
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

    private int removeDemo(Archive archive, PrintWriter out) {
        Corpus corpus = DemoArchive.bundled();
        List<ArchivedReport> removed = corpus == null ? List.of() : DemoArchive.removeFrom(archive, corpus);
        AuditLog audit = new AuditLog(ServerFolder.of(archiveOption.directory()), java.time.Clock.systemUTC());
        for (ArchivedReport r : removed) {
            audit.record("命令行:" + System.getProperty("user.name"), "删除演示报告", Map.of("unit", r.unit(), "year", r.year(), "file", r.file()));
        }
        out.println(removed.isEmpty() ? "档案库中没有演示报告，未删除任何报告"
                : "已删除演示报告 " + removed.size() + " 份，档案库现有 " + archive.size() + " 份报告");
        return 0;
    }
}
