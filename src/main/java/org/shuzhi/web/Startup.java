package org.shuzhi.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.classify.Classifiers;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server does off the request threads, so that it answers at once: open the archive's reviewer
 * (model, lexicons, rules, segmentation dictionaries: seconds on a busy machine, loaded while the server
 * binds and the archive opens; a request that needs them waits for them), and for {@code serve} seed an
 * empty archive with the demo corpus (one commit: searches see all of it or none), then, unless a user's
 * review already came, review one bundled report so that the first user's review does not pay for the
 * first run of every part. Its state is what {@code GET /api/status} shows.
 */
final class Startup {
    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

    /**
     * {@code GET /api/status}: how many reports the archive holds (0 until it is open), whether the demo
     * corpus is going in, whether warm, the request limits (so that a page refuses an oversized file before
     * sending it), and whether ready: the archive open and the reviewer loaded (until then the pages say the
     * server is starting, and reviews wait for it). Answered at once, also while the server starts.
     */
    record Status(int reports, boolean seeding, boolean warm, Limits limits, boolean demo, boolean ready) {}

    /**
     * How long a request that needs the reviewer waits for it before being told the server is still
     * starting: a start takes seconds; a minute means a machine so loaded that retrying later is kinder.
     */
    static final long READY_WAIT_SECONDS = 60;
    /** Seconds a request refused while the server starts is asked to wait. */
    static final int STARTING_RETRY_SECONDS = 5;

    record Limits(long uploadMb, int reportChars) {
        static final Limits SERVER = new Limits(WebServer.MAX_REQUEST_MB, ReportLimits.MAX_CHARS);
    }

    private final CompletableFuture<? extends ArchiveEngine> archive;
    private final CompletableFuture<Reviewer> reviewer = new CompletableFuture<>();
    /** Set by the first request that asks for the reviewer: from then on the warm-up would only compete with users. */
    private final AtomicBoolean asked = new AtomicBoolean();
    private volatile boolean seeding;
    private volatile boolean warm;
    /** A demo archive ({@code serve --demo}): seeded with the invented reports, said so on every page. */
    private volatile boolean demo;

    Startup(CompletableFuture<? extends ArchiveEngine> archive) {
        this.archive = archive;
    }

    /**
     * Loads the reviewer in the background: what does not need the archive at once (it runs while the
     * server binds and the archive opens, on the other core), the rest as soon as the archive is open.
     */
    void load() {
        daemon("shuzhi-load", () -> {
            try {
                Profiles.builtIn(); // the profile list is the pages' first request
                Classifiers.standard();
                RuleEngine.all();
                reviewer.complete(Reviewers.withArchive(archive()));
            } catch (RuntimeException | Error e) {
                reviewer.completeExceptionally(e);
            }
        });
        // the segmentation dictionaries load on first use; every review needs them, and so does seeding
        daemon("shuzhi-dictionaries", () -> {
            try {
                ReportAnalyzer.analyze(Report.fromText("预热", "我主持召开支委会12次，專題研究黨建工作。"), ReportMeta.UNKNOWN);
            } catch (RuntimeException e) {
                LOG.warn("loading the segmentation dictionaries failed", e); // the first review loads them again
            }
        });
    }

    /** The one reviewer of the server, once loaded. */
    Reviewer reviewer() {
        asked.set(true);
        return loaded();
    }

    /** The server's archive, once open (the API's archive routes wait for it). */
    ArchiveEngine archive() {
        return join(archive);
    }

    Status status() {
        var open = archive.isDone() && !archive.isCompletedExceptionally() ? archive.join() : null; // either engine
        return new Status(open == null ? 0 : open.size(), seeding, warm, Limits.SERVER, demo, open != null && ready());
    }

    /** Whether the reviewer is loaded (it needs the archive open): a review now runs at once. */
    boolean ready() {
        return reviewer.isDone() && !reviewer.isCompletedExceptionally();
    }

    /**
     * Waits until the reviewer is loaded, or answers 503 saying the server is still starting; returns whether it
     * had to wait. The review line ({@link ReviewGate}) calls it before a request takes its place: waiting for
     * the model there would hold a core's turn and teach the line a start-up's seconds as a review's time, so
     * that the requests sent during the start were refused as "busy" instead of waiting.
     */
    boolean awaitReady() {
        asked.set(true); // a user's review is coming: the warm-up review would only compete with it
        if (ready()) return false;
        try {
            reviewer.get(READY_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            throw ApiError.busy("服务正在启动：评审模型和词典尚未加载完成，请 " + STARTING_RETRY_SECONDS + " 秒后重试",
                    STARTING_RETRY_SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.busy("服务正在启动，请稍后重试", STARTING_RETRY_SECONDS);
        }
    }

    /**
     * Starts the background work and returns whether it seeds (decided before returning, so the first
     * request already sees it). {@code demo} gives the corpus to seed with and to warm up on, or null.
     */
    boolean start(Supplier<Corpus> demo, Consumer<String> say) {
        return start(demo, true, say);
    }

    /**
     * @param seed whether this is a demo archive, to seed when empty; a real archive ({@code false}) is never
     *             seeded: the corpus then only warms the pipeline up
     */
    boolean start(Supplier<Corpus> demo, boolean seed, Consumer<String> say) {
        this.demo = seed;
        seeding = seed && archive().size() == 0;
        daemon("shuzhi-startup", () -> run(demo, say));
        return seeding;
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true); // never keeps a stopping server alive
        t.setPriority(Thread.NORM_PRIORITY - 1); // requests come first
        t.start();
    }

    private Reviewer loaded() {
        return join(reviewer);
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void run(Supplier<Corpus> demo, Consumer<String> say) {
        Corpus corpus = null;
        try {
            corpus = demo.get();
            if (seeding && corpus != null) {
                long t0 = System.nanoTime();
                int n = DemoArchive.seed(archive(), loaded(), corpus);
                say.accept(String.format("演示语料已存入档案库：%d 份报告（用时 %.1f 秒）", n, (System.nanoTime() - t0) / 1e9));
            }
        } catch (RuntimeException e) {
            LOG.error("seeding the demo archive failed", e);
            say.accept("演示语料未能存入档案库：" + e.getMessage());
        } finally {
            seeding = false;
        }
        try {
            if (corpus != null && !corpus.entries().isEmpty()) warmUp(corpus);
        } catch (RuntimeException e) {
            LOG.warn("warm-up review failed", e); // only the first user's review is slower then
        } finally {
            warm = true;
        }
    }

    /**
     * One review of a bundled report, unless a user's review came first: that one warms the same parts, and
     * on two cores a second review at the same time only slows it (both count the archive's phrases).
     */
    private void warmUp(Corpus corpus) {
        Reviewer r = loaded();
        if (asked.get()) {
            LOG.info("warm-up review skipped: a user's review came first");
            return;
        }
        CorpusEntry e = corpus.entries().get(0);
        long t0 = System.nanoTime();
        r.review(corpus.report(e.id()), new ReviewRequest(null, new ReportMeta(e.unit(), e.year(), e.role()), true));
        LOG.info("warm-up review of {} took {} ms", e.id(), (System.nanoTime() - t0) / 1_000_000);
    }
}
