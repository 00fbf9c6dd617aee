package org.shuzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.archive.ArchiveEntry;
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

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "报告文件或目录（目录及其子目录下的 .txt .docx .doc .pdf）")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = ReportFiles.expand(inputs, err);
        List<String> refused = new ArrayList<>();
        Reviewer reviewer = Reviewers.withoutArchive();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try (Archive archive = Archive.open(archiveOption.directory())) {
            // reviews run about twice as fast on one segment as on ten (bench, 5k reports); merging into one
            // rewrites the whole archive, so only after a load at least as big as what the archive held
            boolean compact = files.size() >= archive.size();
            // files are read, analysed and labelled on all cores; a report is announced once its batch is
            // committed, so a crash keeps every report announced
            new BulkLoad<Path>(archive, pool, file -> {
                AnalyzedReport a = ReportAnalyzer.analyze(ReportReaders.read(file), meta.overrides());
                return new ArchiveEntry(a, reviewer.label(a));
            }, compact).run(batches(files), new BulkLoad.Outcome<>() {
                @Override
                public void added(Path file, ArchivedReport r) {
                    out.printf("已存入：%s（%s %d年度，%d段）%n", file, r.unit(), r.year(), r.paragraphs().size());
                    out.flush();
                }

                @Override
                public void failed(Path file, Exception e) {
                    if (e instanceof UnreadableReportException || e instanceof ArchiveException) {
                        err.println("错误：" + e.getMessage());
                    } else {
                        // a fault on one report must not cost the others
                        err.println("错误：处理 " + file + " 时出错（" + e + "），未存入");
                    }
                    err.flush();
                    refused.add(file.toString());
                }
            });
            out.printf("档案库 %s 现有 %d 份报告。%n", archiveOption.directory(), archive.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("入库被中断", e);
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        if (!refused.isEmpty()) {
            err.println("未能存入 " + refused.size() + " 份（原因见上）：" + String.join("、", refused));
            err.flush();
        }
        return refused.isEmpty() ? 0 : 1;
    }

    /**
     * The files in batches of one commit each: small at first, so that a short run announces its reports
     * early, then up to {@link #MAX_BATCH}, so that a long one flushes rarely.
     */
    private static Iterator<List<Path>> batches(List<Path> files) {
        return new Iterator<>() {
            private int next, size = FIRST_BATCH;

            @Override
            public boolean hasNext() {
                return next < files.size();
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
