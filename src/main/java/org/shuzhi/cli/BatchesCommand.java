package org.shuzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.archive.UnitKey;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.document.ReportReaders;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.Reviewer;
import org.shuzhi.document.UnreadableReportException;
import org.shuzhi.meeting.GradeSuggester;
import org.shuzhi.meeting.MeetingReport;
import org.shuzhi.meeting.MeetingReviewer;
import org.shuzhi.review.Json;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.ProfileException;
import org.shuzhi.rules.Profiles;
import org.shuzhi.server.AuditLog;
import org.shuzhi.server.BatchStore;
import org.shuzhi.server.BatchStore.Batch;
import org.shuzhi.server.BatchStore.BatchException;
import org.shuzhi.server.BatchStore.Entry;
import org.shuzhi.server.ServerFolder;
import org.shuzhi.web.StoredReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The 评阅 page's saved batches (会议材料) from the command line: the same store as {@code serve}'s
 * {@code /api/batches}, beside the archive; a batch made here opens in the page and the other way round.
 */
@Command(name = "batches", description = "管理评阅页保存的会议材料（保存在档案库旁的 .server 文件夹）：list 列出，show ID 显示一批，"
        + "create --name 会议名称 FILE... 由报告文件新建一批，file ID 将一批中尚未入档的报告存入档案库（入档），delete ID 删除。")
public final class BatchesCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "list|show|create|file|delete", description = "操作")
    String action;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ID|FILE", description = "show、file、delete：批次编号；create：报告文件或目录")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--name", paramLabel = "会议名称", description = "create：会议名称（必填）")
    String name;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "create：会议日期")
    String date;

    @Option(names = "--profile", paramLabel = "ID", description = "create：评审要求（内置编号，默认 default）")
    String profile;

    @Option(names = "--format", defaultValue = "text", description = "list、show 的输出格式：text 或 json（默认 ${DEFAULT-VALUE}）")
    Format format;

    @Mixin
    ArchiveOption archiveOption;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        ServerFolder folder = ServerFolder.of(archiveOption.directory());
        BatchStore store = new BatchStore(folder, java.time.Clock.systemUTC());
        String actor = "命令行:" + System.getProperty("user.name");
        try {
            switch (action) {
                case "list" -> list(store, out, err);
                case "show" -> {
                    if (arguments.size() != 1) return usage(err, "show 需要一个批次编号");
                    show(store, store.get(arguments.get(0)), out);
                }
                case "delete" -> {
                    if (arguments.size() != 1) return usage(err, "delete 需要一个批次编号");
                    Batch b = store.get(arguments.get(0));
                    store.delete(b.id());
                    new AuditLog(folder, java.time.Clock.systemUTC()).record(actor, "删除会议材料",
                            Map.of("batch", b.id(), "name", b.name(), "reports", b.reports().size()));
                    out.println("已删除会议材料：" + b.name() + "（" + b.id() + "，" + b.reports().size() + " 份报告）");
                }
                case "file" -> {
                    if (arguments.size() != 1) return usage(err, "file 需要一个批次编号");
                    return file(store, folder, actor, store.get(arguments.get(0)), out, err);
                }
                case "create" -> {
                    if (name == null || arguments.isEmpty()) return usage(err, "create 需要 --name 会议名称 和报告文件");
                    return create(store, folder, actor, out, err);
                }
                default -> {
                    return usage(err, "未知操作：" + action + "（可用 list、show、create、file、delete）");
                }
            }
        } catch (BatchException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    private void list(BatchStore store, PrintWriter out, PrintWriter err) {
        BatchStore.Listing listing = store.list();
        if (format == Format.json) {
            out.println(Json.write(listing));
        } else {
            out.printf("共 %d 批会议材料%n", listing.batches().size());
            for (BatchStore.Summary s : listing.batches()) {
                out.printf("%s\t%s\t%s\t%d 份报告（已入档 %d 份）\t%s%n", s.id(), s.name(), s.date() == null ? "—" : s.date(),
                        s.reports(), s.filed(), s.profile());
            }
        }
        for (BatchStore.Damaged d : listing.damaged()) err.println("警告：" + d.error());
    }

    private void show(BatchStore store, Batch b, PrintWriter out) {
        if (format == Format.json) {
            out.println(Json.write(b));
            return;
        }
        out.printf("%s（%s）%s 评审要求：%s，%d 份报告%n", b.name(), b.id(), b.date() == null ? "" : "会议日期 " + b.date() + "，",
                b.profile(), b.reports().size());
        for (Entry e : b.reports()) {
            String line;
            try {
                MeetingReport m = StoredReview.report(e, store.review(b.id(), e.id()), null);
                line = String.format("%s\t%s\t%s\t预审：%s\t建议等次：%s", e.file(), orDash(m.unit()), m.year() == null ? "—" : m.year() + "年",
                        m.review().verdict().outcome(), GradeSuggester.standard().suggest(m.review()).grade().label());
            } catch (BatchException | java.io.UncheckedIOException x) {
                line = e.file() + "\t评阅结果无法读取";
            }
            out.println(line + (e.comment() != null ? "\t点评已修改" : "") + (e.filed() != null ? "\t已入档" : ""));
        }
    }

    private int create(BatchStore store, ServerFolder folder, String actor, PrintWriter out, PrintWriter err) throws IOException {
        String p = profile == null ? Profiles.DEFAULT_ID : profile;
        if (Profiles.builtIn().stream().noneMatch(x -> x.id().equals(p))) {
            return usage(err, "未知的评审要求：" + p + "（用 profiles 命令查看内置编号）");
        }
        List<Path> files = ReportFiles.expand(arguments.stream().map(Path::of).toList(), err);
        Archive archive;
        try {
            archive = Archive.exists(archiveOption.directory()) ? Archive.openReadOnly(archiveOption.directory()) : null;
        } catch (ArchiveException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
        // every file read and reviewed before the batch is made: an unreadable one leaves nothing behind
        List<MeetingReport> reports = new ArrayList<>();
        try (archive) {
            MeetingReviewer reviewer = new MeetingReviewer(Reviewers.withArchive(archive));
            ReviewRequest request = new ReviewRequest(p, org.shuzhi.document.ReportMeta.UNKNOWN, archive != null);
            for (Path f : files) {
                try {
                    reports.add(reviewer.review(f, request));
                } catch (UnreadableReportException e) {
                    err.println("错误：" + e.getMessage());
                    return 1;
                }
            }
        } catch (ProfileException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
        Batch b = store.create(name, date, p, actor);
        for (int i = 0; i < files.size(); i++) {
            store.addReport(b.id(), files.get(i).getFileName().toString(), Files.readAllBytes(files.get(i)),
                    StoredReview.bytes(reports.get(i)), null, actor);
        }
        new AuditLog(folder, java.time.Clock.systemUTC()).record(actor, "建立会议材料", Map.of("batch", b.id(), "name", b.name(),
                "reports", files.size()));
        out.println("已建立会议材料：" + b.name() + "（编号 " + b.id() + "，" + files.size() + " 份报告），可在评阅页打开");
        out.flush();
        return 0;
    }

    /**
     * 入档 from the command line: every report of the batch not yet filed goes into the archive under the unit,
     * year and role the reviewer confirmed on the page (else as read), all in one commit with an audit line
     * each; a report without unit or year stops the whole, nothing filed. The archive must not be held by a
     * running {@code serve} (its lock refuses a second writer: file from the page then).
     */
    private int file(BatchStore store, ServerFolder folder, String actor, Batch b, PrintWriter out, PrintWriter err) {
        List<Entry> todo = b.reports().stream().filter(e -> e.filed() == null).toList();
        if (todo.isEmpty()) {
            out.println("会议材料“" + b.name() + "”的报告都已入档");
            return 0;
        }
        Reviewer reviewer = Reviewers.withoutArchive();
        List<ArchiveEntry> entries = new ArrayList<>();
        for (Entry e : todo) {
            BatchStore.Given g = e.given();
            ReportMeta given = g == null ? ReportMeta.UNKNOWN : new ReportMeta(g.unit(), g.year(), g.role(), g.name());
            AnalyzedReport analyzed;
            try {
                analyzed = ReportAnalyzer.analyze(ReportReaders.read(e.file(), store.original(b.id(), e.id())), given);
            } catch (UnreadableReportException x) {
                err.println("错误：" + x.getMessage() + "；未入档");
                return 1;
            }
            if (UnitKey.of(analyzed.meta().unit()) == null || analyzed.meta().year() == null) {
                err.println("错误：无法确定 " + e.file() + " 的单位或年度：请在评阅页“述职人信息”中确认后再入档；未入档");
                return 1;
            }
            entries.add(new ArchiveEntry(analyzed, reviewer.label(analyzed)));
        }
        AuditLog audit = new AuditLog(folder, java.time.Clock.systemUTC());
        Map<String, BatchStore.Filed> filed = new java.util.LinkedHashMap<>();
        try (Archive archive = Archive.open(archiveOption.directory())) {
            List<Boolean> replacing = entries.stream()
                    .map(x -> archive.report(x.report().meta().unit(), x.report().meta().year()).isPresent()).toList();
            List<ArchivedReport> stored = archive.addAll(entries);
            for (int i = 0; i < stored.size(); i++) {
                ArchivedReport r = stored.get(i);
                audit.record(actor, replacing.get(i) ? "替换报告" : "存入报告",
                        Map.of("unit", r.unit(), "year", r.year(), "file", r.file(), "chars", r.chars()));
                filed.put(todo.get(i).id(), new BatchStore.Filed(r.unit(), r.year(), actor, store.now()));
                out.printf("已入档：%s（%s %d年度）%n", todo.get(i).file(), r.unit(), r.year());
            }
        } catch (ArchiveException x) {
            err.println("错误：" + x.getMessage());
            return 1;
        }
        store.filed(b.id(), filed, actor);
        out.flush();
        return 0;
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("参数错误：" + message);
        return 2;
    }
}
