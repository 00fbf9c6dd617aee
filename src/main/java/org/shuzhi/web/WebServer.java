package org.shuzhi.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import io.javalin.util.JavalinLogger;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.review.Json;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.review.Reviewer;
import org.shuzhi.server.AccountStore;
import org.shuzhi.server.AuditLog;
import org.shuzhi.server.FindingMarks;
import org.shuzhi.server.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review service: the JSON API over the one {@link Reviewer} (and the archive), and the static pages
 * of {@code web/} from the classpath. Routes only translate HTTP; all judgement lives in the pipeline.
 */
public final class WebServer implements AutoCloseable {
    public static final int DEFAULT_PORT = 7070;
    /** A batch of Word files fits; nothing bigger is a plausible request. */
    static final long MAX_REQUEST_MB = 60;
    /** A search URL or the request's headers; a longer one is answered 414/431 in Chinese. */
    static final int MAX_URL_KB = 16;
    /** An uploaded file larger than this waits on disk (in the private upload folder) rather than in memory. */
    static final int MAX_IN_MEMORY_MB = 4;
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;
    private final Startup startup;

    private final WebOptions options;

    private WebServer(Javalin app, Startup startup, WebOptions options) {
        this.app = app;
        this.startup = startup;
        this.options = options;
    }

    /**
     * Starts on {@code 127.0.0.1:port} (0 picks a free port) over an open archive, which reviews compare with
     * and the archive routes read and write. The caller keeps ownership of the archive.
     */
    public static WebServer start(int port, Archive archive) {
        return start(WebOptions.forArchive(WebOptions.LOOPBACK, port, java.util.Set.of(), archive.directory()),
                CompletableFuture.completedFuture(archive));
    }

    public static WebServer start(int port, CompletableFuture<? extends ArchiveEngine> archive) {
        return start(WebOptions.loopback(port), archive);
    }

    /**
     * Starts on {@code 127.0.0.1:port} at once, over an archive (either engine) still opening: the reviewer loads meanwhile, and
     * requests that need the archive or the reviewer wait for them. The caller completes {@code archive}
     * (exceptionally if it cannot be opened: then it closes the server) and keeps ownership of it.
     *
     * @throws JavalinBindException if the port is taken (nothing was logged)
     */
    public static WebServer start(WebOptions options, CompletableFuture<? extends ArchiveEngine> archive) {
        WebOptions.createPrivateDir(options.uploadDir());
        Startup startup = new Startup(archive);
        startup.load(); // first: the model and the dictionaries load on the other core while the rest is built and Jetty starts
        ProfileApi profiles = new ProfileApi();
        java.time.Clock clock = java.time.Clock.systemUTC();
        AccountStore accounts = AccountStore.open(options.serverFolder());
        if (!options.loopbackOnly() && !accounts.hasAdmin()) {
            throw new IllegalStateException("a server reachable from other machines needs accounts with an administrator");
        }
        AuditLog audit = new AuditLog(options.serverFolder(), clock);
        Sessions sessions = new Sessions(clock);
        AccessControl access = new AccessControl(accounts, sessions);
        LanguageToolApi languageTool = new LanguageToolApi(startup::reviewer, access);
        CsrfTokens tokens = new CsrfTokens();
        AccountApi accountApi = new AccountApi(accounts, sessions, new LoginThrottle(clock), audit, tokens, access);
        MarksApi marks = new MarksApi(new FindingMarks(options.serverFolder(), clock), startup::archive, audit, access);
        ReviewGate gate = ReviewGate.forThisMachine(startup::awaitReady); // requests sent during the start wait for it, not in line
        ReviewApi review = new ReviewApi(startup::reviewer, profiles, access, marks);
        ArchiveApi archiveApi = new ArchiveApi(startup::archive, startup::reviewer, audit, access);
        BatchApi batches = new BatchApi(new org.shuzhi.server.BatchStore(options.serverFolder(), clock), startup::reviewer,
                profiles, access, audit, archiveApi, marks, gate);
        RequestGuard guard = new RequestGuard(options.allowedHosts(), tokens, MAX_REQUEST_MB * 1024 * 1024);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.http.maxRequestSize = MAX_REQUEST_MB * 1024 * 1024;
            config.jetty.multipartConfig.maxFileSize(MAX_REQUEST_MB, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_MB, SizeUnit.MB);
            config.jetty.multipartConfig.maxInMemoryFileSize(MAX_IN_MEMORY_MB, SizeUnit.MB);
            config.jetty.multipartConfig.cacheDirectory(options.uploadDir().toString());
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_URL_KB * 1024);
                http.setSendServerVersion(false);
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.jetty.modifyServletContextHandler(handler -> {
                handler.setErrorHandler(new JettyErrors());
                handler.addFilter(new org.eclipse.jetty.servlet.FilterHolder(guard), "/*",
                        java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
        });
        // who may call what comes first; then a form is parsed once, up front, so that a malformed one is a
        // 400 naming the problem
        app.before("/api/*", access::check);
        app.before("/api/*", MultipartForms::parse);
        app.after("/api/*", MultipartForms::delete);
        app.get("/api/status", ctx -> ctx.json(startup.status()));
        app.get("/api/session", accountApi::session);
        app.post("/api/login", accountApi::login);
        app.post("/api/logout", accountApi::logout);
        app.get("/api/accounts", accountApi::list);
        app.post("/api/accounts", accountApi::put);
        app.delete("/api/accounts/{name}", accountApi::remove);
        app.get("/api/audit", accountApi::auditLog);
        app.post("/api/marks", marks::put);
        app.get("/api/marks", marks::list);
        app.get("/api/marks/rules", marks::perRule);
        app.get("/api/marks/rules.xlsx", marks::perRuleWorkbook);
        app.post("/api/review", ctx -> gate.run(() -> review.review(ctx)));
        app.get("/api/profiles", profiles::list);
        app.get("/api/profiles/{id}/limits", profiles::limits);
        app.post("/api/profiles/limits", profiles::ownLimits);
        app.get("/api/rules", ctx -> ctx.json(RuleCatalog.standard().codes().stream().map(RuleCatalog.standard()::get).toList()));
        app.get("/api/search", archiveApi::search);
        app.get("/api/units", archiveApi::units);
        // a unit's history reviews each of its years: behind the gate, as reviews are
        app.get("/api/units/{key}/history", ctx -> gate.run(() -> archiveApi.history(ctx)));
        // the organization department's overview: figures, the paragraphs behind them, the tables as .xlsx
        OverviewApi overview = new OverviewApi(startup::archive);
        app.get("/api/overview", overview::overview);
        app.get("/api/overview/problems", overview::problems);
        app.get("/api/overview/export", overview::export);
        app.post("/api/archive", ctx -> gate.run(() -> archiveApi.add(ctx)));
        app.delete("/api/archive/{unit}/{year}", archiveApi::remove);
        // saved 评阅 batches (会议材料): reviews and re-reviews behind the gate, as reviews are
        app.get("/api/batches", batches::list);
        app.post("/api/batches", batches::create);
        app.get("/api/batches/{id}", batches::get);
        app.patch("/api/batches/{id}", batches::update); // reviews again report by report, each behind the gate
        app.delete("/api/batches/{id}", batches::delete);
        app.post("/api/batches/{id}/reports", ctx -> gate.run(() -> batches.addReports(ctx)));
        app.patch("/api/batches/{id}/reports/{report}", ctx -> gate.run(() -> batches.editReport(ctx)));
        app.delete("/api/batches/{id}/reports/{report}", batches::removeReport);
        app.post("/api/batches/{id}/archive", ctx -> gate.run(() -> batches.file(ctx)));
        // documents are written outside the gate: their seconds of POI would skew its estimate of a review's time
        app.get("/api/batches/{id}/documents/{name}", batches::document);
        app.get("/api/batches/{id}/reports/{report}/annotated.docx", batches::annotated);
        // LanguageTool's protocol, for word processors (LibreOffice) and its other clients
        app.get("/v2/languages", languageTool::languages);
        app.post("/v2/check", ctx -> gate.run(() -> languageTool.check(ctx)));
        app.get("/v2/check", ctx -> gate.run(() -> languageTool.check(ctx)));
        // unmatched API paths answer in JSON like every other API error (added last: first match wins)
        for (HandlerType t : new HandlerType[] {HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE}) {
            app.addHttpHandler(t, "/api/*", ctx -> {
                throw ApiError.notFound("没有这个接口：" + ctx.method() + " " + ctx.path());
            });
            app.addHttpHandler(t, "/v2/*", ctx -> {
                throw ApiError.notFound("Unsupported action: '" + ctx.path() + "'（本服务只提供 /v2/languages 与 /v2/check）");
            });
        }
        // an unknown page gets a page in Chinese; the API's own 404s stay JSON
        String notFound = resource("/web/404.html");
        app.error(404, ctx -> {
            if (!ctx.path().startsWith("/api/") && !LanguageToolApi.isProtocolPath(ctx.path())) ctx.html(notFound);
        });
        app.exception(ApiError.class, (e, ctx) -> {
            if (e.retryAfterSeconds() > 0) ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            error(ctx, e.status(), e.getMessage());
        });
        app.exception(ArchiveException.class, (e, ctx) -> error(ctx, 422, e.getMessage()));
        app.exception(org.shuzhi.server.BatchStore.BatchException.class, (e, ctx) -> {
            ApiError a = BatchApi.error(e);
            error(ctx, a.status(), a.getMessage());
        });
        // Jetty's multipart parser says a streamed upload without a length is too large this way
        app.exception(IllegalStateException.class, (e, ctx) -> {
            if (String.valueOf(e.getMessage()).contains("exceeds max")) error(ctx, 413, tooLarge().getMessage());
            else internalError(ctx, e);
        });
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), chinese(e.getStatus())));
        app.exception(Exception.class, (e, ctx) -> {
            if (causedBy(e, RequestGuard.BodyTooLargeException.class)) error(ctx, 413, tooLarge().getMessage());
            else internalError(ctx, e);
        });
        start(app, options.bindHost(), options.port());
        return new WebServer(app, startup, options);
    }

    /**
     * Binds without Javalin's English log lines: {@code serve} says in Chinese where the server is, and a
     * taken port is reported by the caller in one line of its own.
     */
    private static void start(Javalin app, String host, int port) {
        JavalinLogger.startupInfo = false;
        quietly(() -> app.start(host, port));
    }

    /** Runs a start or stop with Javalin's own log lines off (its errors while serving still log). */
    private static void quietly(Runnable lifecycle) {
        synchronized (JavalinLogger.class) {
            JavalinLogger.enabled = false;
            try {
                lifecycle.run();
            } finally {
                JavalinLogger.enabled = true;
            }
        }
    }

    /**
     * In the background: seeds an empty archive with {@code demo} (null or a corpus-less build: nothing),
     * then warms the pipeline with one review. Returns whether it seeds; {@code say} hears when it is done.
     */
    public boolean prepareInBackground(Supplier<Corpus> demo, Consumer<String> say) {
        return startup.start(demo, say);
    }

    /**
     * As {@link #prepareInBackground(Supplier, Consumer)}, seeding only a demo archive ({@code seed}); a real
     * archive is never seeded, the corpus only warms the pipeline up.
     */
    public boolean prepareInBackground(Supplier<Corpus> corpus, boolean seed, Consumer<String> say) {
        return startup.start(corpus, seed, say);
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String host = options.bindHost().contains(":") ? "[" + options.bindHost() + "]" : options.bindHost();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        quietly(app::stop); // Ctrl+C ends serve without English lines
        WebOptions.wipe(options.uploadDir());
    }

    private static String resource(String name) {
        try (var in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    static ApiError tooLarge() {
        return new ApiError(413, "上传内容过大：一次最多 " + MAX_REQUEST_MB + " MB，请分批上传");
    }

    private static void internalError(Context ctx, Exception e) {
        LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, 500, "服务器内部错误（" + e.getClass().getSimpleName() + "），请求未执行");
    }

    private static void error(Context ctx, int status, String message) {
        if (LanguageToolApi.isProtocolPath(ctx.path())) LanguageToolApi.error(ctx, status, message);
        else ctx.status(status).json(Map.of("error", message));
    }

    private static String chinese(int status) {
        return switch (status) {
            case 400 -> "请求格式不正确";
            case 404 -> "没有找到请求的内容";
            case 405 -> "不支持这种请求方式";
            case 413 -> tooLarge().getMessage();
            case 414 -> JettyErrors.message(414);
            case 415 -> "不支持的内容类型";
            default -> "请求未能处理（HTTP " + status + "）";
        };
    }
}
