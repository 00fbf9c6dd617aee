package org.shuzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.shuzhi.archive.Archive;
import org.shuzhi.server.AuditLog;
import org.shuzhi.server.ServerFolder;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.archive.BulkLoad;
import org.shuzhi.document.ReportReaders;
import org.shuzhi.document.UnreadableReportException;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Files reports into the archive. One bad file never stops the others: whatever goes wrong with a file
 * (unreadable, not fileable, even a stack or heap exhausted while reading it) is said in one line and the
 * run goes on; a full disk stops the run, since nothing more can be stored. The run ends with a summary of
 * the files not stored and why.
 */
@Command(name = "index", description = "把述职报告存入档案库；同一单位同一年度的报告再次存入时替换旧的。")
public final class IndexCommand implements Callable<Integer> {
    private static final int FIRST_BATCH = 8;
    private static final int MAX_BATCH = 500;

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    MetaOptions meta;

    @Mixin
    SolrOption solrOption;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "报告文件或目录（目录及其子目录下的 .txt .docx .doc .pdf）")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = ReportFiles.expand(inputs, err);
        if (solrOption.location() != null) {
            Reviewer labeller = Reviewers.withoutArchive();
            return SolrIndexing.run(files, solrOption.location(), f -> prepare(f, labeller, meta), archiveOption.directory(), out, err);
        }
        Map<Path, String> refused = new LinkedHashMap<>();
        java.util.Set<Path> done = new java.util.HashSet<>();
        boolean[] full = {false};
        Reviewer reviewer = Reviewers.withoutArchive();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        AuditLog audit = new AuditLog(ServerFolder.of(archiveOption.directory()), java.time.Clock.systemUTC());
        try (Archive archive = Archive.open(archiveOption.directory())) {
            // reviews run about twice as fast on one segment as on ten (bench, 5k reports); merging into one
            // rewrites the whole archive, so only after a load at least as big as what the archive held
            boolean compact = files.size() >= archive.size();
            // files are read, analysed and labelled on all cores; a report is announced once its batch is
            // committed, so a crash keeps every report announced
            try {
                new BulkLoad<Path>(archive, pool, file -> prepare(file, reviewer), compact)
                        .run(batches(files, () -> full[0]), new BulkLoad.Outcome<>() {
                    @Override
                    public void added(Path file, ArchivedReport r) {
                        done.add(file);
                        // every archive change is audited, from the command line too (who: the system user)
                        audit.record("命令行:" + System.getProperty("user.name"), "存入报告",
                                Map.of("unit", r.unit(), "year", r.year(), "file", r.file(), "chars", r.chars()));
                        out.printf("已存入：%s（%s %d年度，%d段）%n", file, r.unit(), r.year(), r.paragraphs().size());
                        out.flush();
                    }

                    @Override
                    public void failed(Path file, Exception e) {
                        done.add(file);
                        refused.put(file, reason(file, e));
                        if (Archive.isOutOfSpace(e)) {
                            // said once: every later batch fails for the same reason
                            if (!full[0]) err.println("错误：" + e.getMessage());
                            full[0] = true;
                        } else {
                            err.println("错误：" + (e instanceof UnreadableReportException || e instanceof ArchiveException
                                    ? e.getMessage() : "处理 " + file + " 时出错（" + reason(file, e) + "），未存入"));
                        }
                        err.flush();
                    }
                });
            } catch (ArchiveException e) {
                // merging the segments at the end failed (a full disk): every report announced is stored
                if (!(Archive.isOutOfSpace(e) && full[0])) err.println("错误：" + e.getMessage());
                full[0] |= Archive.isOutOfSpace(e);
            }
            out.printf("档案库 %s 现有 %d 份报告。%n", archiveOption.directory(), archive.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("入库被中断", e);
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        for (Path f : files) if (!done.contains(f)) refused.put(f, "未处理：磁盘空间不足，入库已停止");
        return refusedExit(refused, err);
    }

    /** Names every file not stored, with why; the exit code: 1 when any was refused. */
    static int refusedExit(Map<Path, String> refused, PrintWriter err) {
        if (!refused.isEmpty()) {
            err.println("未能存入 " + refused.size() + " 份：");
            refused.forEach((f, why) -> err.println("  " + f + "：" + why));
            err.flush();
        }
        return refused.isEmpty() ? 0 : 1;
    }

    /**
     * Reads, analyses and labels one file. An error from deep inside a library (the stack or the heap
     * exhausted by one odd file) becomes that file's failure, so the files after it are still stored.
     */
    static ArchiveEntry prepare(Path file, Reviewer reviewer, MetaOptions meta) throws Exception {
        try {
            AnalyzedReport a = ReportAnalyzer.analyze(ReportReaders.read(file), meta.overrides());
            return new ArchiveEntry(a, reviewer.label(a));
        } catch (StackOverflowError e) {
            throw new IllegalStateException("文件结构嵌套过深，处理时栈溢出", e);
        } catch (OutOfMemoryError e) {
            throw new IllegalStateException("文件过大，处理时内存不足", e);
        } catch (Error e) {
            throw new IllegalStateException("处理时出现内部错误（" + e + "）", e);
        }
    }

    private ArchiveEntry prepare(Path file, Reviewer reviewer) throws Exception {
        return prepare(file, reviewer, meta);
    }

    /** Why a file was not stored, in a few words and without its name. */
    static String reason(Path file, Exception e) {
        if (Archive.isOutOfSpace(e)) return "档案库所在磁盘空间不足";
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String prefix = "无法读取 " + file + "：";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    /**
     * The files in batches of one commit each: small at first, so that a short run announces its reports
     * early, then up to {@link #MAX_BATCH}, so that a long one flushes rarely. None after {@code stop} says so.
     */
    private static Iterator<List<Path>> batches(List<Path> files, java.util.function.BooleanSupplier stop) {
        return new Iterator<>() {
            private int next, size = FIRST_BATCH;

            @Override
            public boolean hasNext() {
                return next < files.size() && !stop.getAsBoolean();
            }

            @Override
            public List<Path> next() {
                List<Path> batch = files.subList(next, Math.min(files.size(), next + size));
                next += batch.size();
                size = Math.min(MAX_BATCH, size * 2);
                return batch;
            }
        };
    }
}
