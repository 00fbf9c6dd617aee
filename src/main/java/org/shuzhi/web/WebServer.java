package org.shuzhi.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.review.Json;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review service: the JSON API over the one {@link Reviewer} (and the archive), and the static pages
 * of {@code web/} from the classpath. Routes only translate HTTP; all judgement lives in the pipeline.
 */
public final class WebServer implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** A batch of Word files fits; nothing bigger is a plausible request. */
    static final long MAX_REQUEST_MB = 60;
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts on {@code HOST:port} (0 picks a free port) over an open archive, which reviews compare with
     * and the archive routes read and write. The caller keeps ownership of the archive.
     */
    public static WebServer start(int port, Archive archive) {
        Reviewer reviewer = Reviewers.withArchive(archive);
        ProfileApi profiles = new ProfileApi();
        ReviewApi review = new ReviewApi(reviewer, profiles);
        ArchiveApi archiveApi = new ArchiveApi(archive, reviewer);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.http.maxRequestSize = MAX_REQUEST_MB * 1024 * 1024;
            config.jetty.multipartConfig.maxFileSize(MAX_REQUEST_MB, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_MB, SizeUnit.MB);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
        });
        app.post("/api/review", review::review);
        app.get("/api/profiles", profiles::list);
        app.get("/api/profiles/{id}/limits", profiles::limits);
        app.post("/api/profiles/limits", profiles::ownLimits);
        app.get("/api/rules", ctx -> ctx.json(RuleCatalog.standard().codes().stream().map(RuleCatalog.standard()::get).toList()));
        app.get("/api/search", archiveApi::search);
        app.get("/api/units", archiveApi::units);
        app.get("/api/units/{key}/history", archiveApi::history);
        app.post("/api/archive", archiveApi::add);
        // unmatched API paths answer in JSON like every other API error (added last: first match wins)
        for (HandlerType t : new HandlerType[] {HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE}) {
            app.addHttpHandler(t, "/api/*", ctx -> {
                throw ApiError.notFound("没有这个接口：" + ctx.method() + " " + ctx.path());
            });
        }
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(ArchiveException.class, (e, ctx) -> error(ctx, 422, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), chinese(e.getStatus())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "服务器内部错误（" + e.getClass().getSimpleName() + "），请求未执行");
        });
        app.start(HOST, port);
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    public String url() {
        return "http://" + HOST + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    private static String chinese(int status) {
        return switch (status) {
            case 400 -> "请求格式不正确";
            case 404 -> "没有找到请求的内容";
            case 405 -> "不支持这种请求方式";
            case 413 -> "上传内容过大（上限 " + MAX_REQUEST_MB + " MB）";
            case 415 -> "不支持的内容类型";
            default -> "请求未能处理（HTTP " + status + "）";
        };
    }
}
