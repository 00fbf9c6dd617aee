package org.shuzhi.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.shuzhi.archive.Archive;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Profiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server does off the request threads, so that it answers at once: load the reviewer (model,
 * lexicons, rules: seconds on a busy machine; a request that needs it waits for it), and for {@code serve}
 * seed an empty archive with the demo corpus (one commit: searches see all of it or none), then review one
 * bundled report so that the first user's review does not pay for the first run of every part. Its state
 * is what {@code GET /api/status} shows.
 */
final class Startup {
    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

    /**
     * {@code GET /api/status}: how many reports the archive holds, whether the demo corpus is going in,
     * whether warm, and the request limits (so that a page refuses an oversized file before sending it).
     */
    record Status(int reports, boolean seeding, boolean warm, Limits limits) {}

    record Limits(long uploadMb, int reportChars) {
        static final Limits SERVER = new Limits(WebServer.MAX_REQUEST_MB, ReportLimits.MAX_CHARS);
    }

    private final Archive archive;
    private final CompletableFuture<Reviewer> reviewer = new CompletableFuture<>();
    private volatile boolean seeding;
    private volatile boolean warm;

    Startup(Archive archive) {
        this.archive = archive;
    }

    /** Loads the reviewer in the background; called once the server listens, so the two do not compete. */
    void load() {
        daemon("shuzhi-load", () -> {
            try {
                Profiles.builtIn(); // the profile list is the pages' first request
                reviewer.complete(Reviewers.withArchive(archive));
            } catch (RuntimeException | Error e) {
                reviewer.completeExceptionally(e);
            }
        });
    }

    /** The one reviewer of the server, once loaded. */
    Reviewer reviewer() {
        try {
            return reviewer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    Status status() {
        return new Status(archive.size(), seeding, warm, Limits.SERVER);
    }

    /**
     * Starts the background work and returns whether it seeds (decided before returning, so the first
     * request already sees it). {@code demo} gives the corpus to seed with and to warm up on, or null.
     */
    boolean start(Supplier<Corpus> demo, Consumer<String> say) {
        seeding = archive.size() == 0;
        daemon("shuzhi-startup", () -> run(demo, say));
        return seeding;
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true); // never keeps a stopping server alive
        t.setPriority(Thread.NORM_PRIORITY - 1); // requests come first
        t.start();
    }

    private void run(Supplier<Corpus> demo, Consumer<String> say) {
        Corpus corpus = null;
        try {
            corpus = demo.get();
            if (seeding && corpus != null) {
                long t0 = System.nanoTime();
                int n = DemoArchive.seed(archive, reviewer(), corpus);
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
                reviewer().review(corpus.report(e.id()), new ReviewRequest(null, new ReportMeta(e.unit(), e.year(), e.role()), true));
                LOG.info("warm-up review of {} took {} ms", e.id(), (System.nanoTime() - t0) / 1_000_000);
            }
        } catch (RuntimeException e) {
            LOG.warn("warm-up review failed", e); // only the first user's review is slower then
        } finally {
            warm = true;
        }
    }
}
