package org.shuzhi.archive;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Many reports into an archive: each item is prepared (read, analysed, labelled) on a pool of threads, and
 * the items go in batches, in the order given, one {@link Archive#addAll} (one commit) a batch. While a batch
 * is written, whose commit flushes on one core, the next batch is prepared on the others, so no core waits
 * for the commit. Only two batches are held at a time.
 *
 * @param <T> what an item is (a file, a generated report)
 */
public final class BulkLoad<T> {
    /** Turns one item into an entry; runs on the pool. */
    public interface Preparation<T> {
        ArchiveEntry prepare(T item) throws Exception;
    }

    /** Told, on the calling thread and in the order given, what became of each item once its batch is done. */
    public interface Outcome<T> {
        void added(T item, ArchivedReport report);

        /** Not stored: its preparation failed, or its batch could not be written. */
        void failed(T item, Exception cause);
    }

    private final Archive archive;
    private final ExecutorService pool;
    private final Preparation<T> preparation;
    private final boolean compact;

    /**
     * @param compact merge the archive into one segment at the end ({@link Archive#compact}); otherwise the
     *                segments of the load are merged the usual way, in the background
     */
    public BulkLoad(Archive archive, ExecutorService pool, Preparation<T> preparation, boolean compact) {
        this.archive = archive;
        this.pool = pool;
        this.preparation = preparation;
        this.compact = compact;
    }

    /**
     * Loads every batch; the next batch is asked for only once the current one is prepared and before it is
     * written, when none of this load's work is running (a caller may stop its clock meanwhile).
     */
    public void run(Iterator<List<T>> batches, Outcome<T> outcome) throws InterruptedException {
        List<T> batch = batches.hasNext() ? batches.next() : null;
        List<Future<ArchiveEntry>> prepared = batch == null ? null : submit(batch);
        boolean done = false;
        archive.beginBulk();
        try {
            while (batch != null) {
                List<ArchiveEntry> entries = new ArrayList<>(batch.size());
                Exception[] failures = new Exception[batch.size()];
                for (int i = 0; i < batch.size(); i++) {
                    try {
                        entries.add(prepared.get(i).get());
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof Error error) throw error;
                        failures[i] = (Exception) e.getCause();
                    }
                }
                List<T> next = batches.hasNext() ? batches.next() : null;
                prepared = next == null ? null : submit(next);
                List<ArchivedReport> added = List.of();
                RuntimeException lost = null;
                try {
                    if (!entries.isEmpty()) added = archive.addAll(entries);
                } catch (RuntimeException e) {
                    lost = e; // none of the batch was committed
                }
                for (int i = 0, a = 0; i < batch.size(); i++) {
                    if (failures[i] != null) outcome.failed(batch.get(i), failures[i]);
                    else if (lost != null) outcome.failed(batch.get(i), lost);
                    else outcome.added(batch.get(i), added.get(a++));
                }
                batch = next;
            }
            done = true;
        } finally {
            if (prepared != null) prepared.forEach(f -> f.cancel(true));
            archive.endBulk(done && compact);
        }
    }

    private List<Future<ArchiveEntry>> submit(List<T> batch) {
        List<Future<ArchiveEntry>> out = new ArrayList<>(batch.size());
        for (T item : batch) {
            out.add(pool.submit(() -> {
                ArchiveEntry e = preparation.prepare(item);
                // a report that cannot be filed is refused alone rather than failing its whole batch
                Archive.requireIdentity(e.report());
                return e;
            }));
        }
        return out;
    }
}
