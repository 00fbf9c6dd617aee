package org.shuzhi.web;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.shuzhi.archive.Archive;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code serve} does once it answers, off the request threads, so that it answers at once: seed an
 * empty archive with the demo corpus (one commit: searches see all of it or none), then review one bundled
 * report so that the first user's review does not pay for loading the model, lexicons and index readers.
 * Its state is what {@code GET /api/status} shows.
 */
final class Startup {
    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

    /** {@code GET /api/status}: how many reports the archive holds, whether the demo corpus is going in, whether warm. */
    record Status(int reports, boolean seeding, boolean warm) {}

    private final Archive archive;
    private final Reviewer reviewer;
    private volatile boolean seeding;
    private volatile boolean warm;

    Startup(Archive archive, Reviewer reviewer) {
        this.archive = archive;
        this.reviewer = reviewer;
    }

    Status status() {
        return new Status(archive.size(), seeding, warm);
    }

    /**
     * Starts the background work and returns whether it seeds (decided before returning, so the first
     * request already sees it). {@code demo} gives the corpus to seed with and to warm up on, or null.
     */
    boolean start(Supplier<Corpus> demo, Consumer<String> say) {
        seeding = archive.size() == 0;
        Thread t = new Thread(() -> run(demo, say), "shuzhi-startup");
        t.setDaemon(true); // never keeps a stopping server alive
        t.setPriority(Thread.NORM_PRIORITY - 1); // requests come first
        t.start();
        return seeding;
    }

    private void run(Supplier<Corpus> demo, Consumer<String> say) {
        Corpus corpus = null;
        try {
            corpus = demo.get();
            if (seeding && corpus != null) {
                long t0 = System.nanoTime();
                int n = DemoArchive.seed(archive, reviewer, corpus);
                say.accept(String.format("演示语料已存入档案库：%d 份报告（用时 %.1f 秒）", n, (System.nanoTime() - t0) / 1e9));
            }
        } catch (RuntimeException e) {
            LOG.error("seeding the demo archive failed", e);
            say.accept("演示语料未能存入档案库：" + e.getMessage());
        } finally {
            seeding = false;
        }
        try {
            if (corpus != null && !corpus.entries().isEmpty()) {
                CorpusEntry e = corpus.entries().get(0);
                long t0 = System.nanoTime();
                reviewer.review(corpus.report(e.id()), new ReviewRequest(null, new ReportMeta(e.unit(), e.year(), e.role()), true));
                LOG.info("warm-up review of {} took {} ms", e.id(), (System.nanoTime() - t0) / 1_000_000);
            }
        } catch (RuntimeException e) {
            LOG.warn("warm-up review failed", e); // only the first user's review is slower then
        } finally {
            warm = true;
        }
    }
}
