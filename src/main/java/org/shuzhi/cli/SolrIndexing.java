package org.shuzhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.archive.solr.SolrArchive;
import org.shuzhi.archive.solr.SolrLocation;
import org.shuzhi.document.UnreadableReportException;
import org.shuzhi.server.AuditLog;
import org.shuzhi.server.ServerFolder;

/**
 * {@code index --solr}: files are read, analysed and labelled on all cores here, and sent to the collection in
 * batches, each batch committed before its reports are announced (so an announced report is on every replica's
 * transaction log). A file that fails is named and the others go on, as with the embedded archive.
 */
final class SolrIndexing {
    /** Reports per update request and commit. */
    static final int BATCH = 50;

    interface Preparation {
        ArchiveEntry prepare(Path file) throws Exception;
    }

    private SolrIndexing() {}

    /** @param local the local archive's directory, whose server folder keeps the audit log of this machine's changes */
    static int run(List<Path> files, SolrLocation location, Preparation preparation, Path local, PrintWriter out, PrintWriter err) {
        Map<Path, String> refused = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        AuditLog audit = new AuditLog(ServerFolder.of(local), java.time.Clock.systemUTC());
        try (SolrArchive archive = SolrArchive.open(location)) {
            for (int from = 0; from < files.size(); from += BATCH) {
                List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
                List<Future<ArchiveEntry>> prepared = new ArrayList<>();
                for (Path f : batch) prepared.add(pool.submit(() -> preparation.prepare(f)));
                List<Path> ready = new ArrayList<>();
                List<ArchiveEntry> entries = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    try {
                        entries.add(prepared.get(i).get());
                        ready.add(batch.get(i));
                    } catch (java.util.concurrent.ExecutionException e) {
                        Exception cause = e.getCause() instanceof Exception c ? c : e;
                        refused.put(batch.get(i), IndexCommand.reason(batch.get(i), cause));
                        err.println("错误：" + (cause instanceof UnreadableReportException || cause instanceof ArchiveException
                                ? cause.getMessage() : "处理 " + batch.get(i) + " 时出错（" + IndexCommand.reason(batch.get(i), cause) + "），未存入"));
                    }
                }
                List<ArchivedReport> added;
                try {
                    added = archive.addAll(entries);
                } catch (ArchiveException e) {
                    err.println("错误：" + e.getMessage());
                    for (Path f : ready) refused.put(f, "未存入 SolrCloud：" + e.getMessage());
                    continue;
                }
                if (added.isEmpty() && !entries.isEmpty()) continue;
                for (int i = 0; i < ready.size(); i++) {
                    ArchiveEntry e = entries.get(i);
                    audit.record("命令行:" + System.getProperty("user.name"), "存入报告",
                            Map.of("unit", e.report().meta().unit(), "year", e.report().meta().year(), "file", String.valueOf(e.report().file()),
                                    "chars", e.report().chars()));
                    out.printf("已存入：%s（%s %d年度，%d段）%n", ready.get(i), e.report().meta().unit().strip(), e.report().meta().year(),
                            e.report().paragraphs().size());
                }
                out.flush();
                err.flush();
            }
            out.printf("档案库 %s 现有 %d 份报告。%n", archive.where(), archive.size());
        } catch (ArchiveException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("入库被中断", e);
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return IndexCommand.refusedExit(refused, err);
    }
}
