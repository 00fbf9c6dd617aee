package org.shuzhi.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.overview.Overview;
import org.shuzhi.archive.overview.OverviewQuery;
import org.shuzhi.archive.overview.Overviews;
import org.shuzhi.export.OverviewWorkbook;

/**
 * The organization department's overview over HTTP: the figures of a range of years ({@code GET /api/overview}),
 * the problem paragraphs behind a theme count ({@code GET /api/overview/problems}), and the same tables as an
 * Excel file ({@code GET /api/overview/export}). Only reads.
 */
final class OverviewApi {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final Supplier<ArchiveEngine> archive;

    OverviewApi(Supplier<ArchiveEngine> archive) {
        this.archive = archive;
    }

    /** {@code GET /api/overview?from=&to=&unit=&limit=}. */
    void overview(Context ctx) {
        ctx.json(Overviews.of(archive.get(), query(ctx, OverviewQuery.DEFAULT_LIMIT)));
    }

    /**
     * {@code GET /api/overview/problems?theme=&from=&to=&unit=&limit=}: {@code theme} a theme's name, or empty for
     * the problems no theme fits; absent for all problems.
     */
    void problems(Context ctx) {
        ctx.json(Overviews.problems(archive.get(), query(ctx, 50), ctx.queryParam("theme")));
    }

    /** {@code GET /api/overview/export?from=&to=&unit=}: the page's tables as 总体情况.xlsx. */
    void export(Context ctx) throws IOException {
        Overview o = Overviews.of(archive.get(), query(ctx, Integer.MAX_VALUE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OverviewWorkbook.write(o, out);
        String name = "总体情况" + (o.from() == null ? "" : "-" + o.from() + "-" + o.to()) + ".xlsx";
        ctx.header("Content-Disposition", "attachment; filename=\"overview.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType(XLSX).result(out.toByteArray());
    }

    private static OverviewQuery query(Context ctx, int defaultLimit) {
        Integer from = RequestFields.year(RequestFields.blankToNull(ctx.queryParam("from")));
        Integer to = RequestFields.year(RequestFields.blankToNull(ctx.queryParam("to")));
        String unit = RequestFields.blankToNull(ctx.queryParam("unit"));
        return new OverviewQuery(from, to, unit, limit(ctx.queryParam("limit"), defaultLimit));
    }

    private static int limit(String s, int defaultLimit) {
        if (s == null || s.isBlank()) return defaultLimit;
        try {
            int n = Integer.parseInt(s.strip());
            if (n < 1 || n > 10_000) throw ApiError.badRequest("条数应在 1–10000 之间");
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("条数应为数字，收到：" + s);
        }
    }
}
