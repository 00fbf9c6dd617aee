package org.shuzhi.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.server.AuditLog;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.archive.SearchQuery;
import org.shuzhi.archive.history.UnitHistories;
import org.shuzhi.archive.history.UnitHistory;
import org.shuzhi.archive.UnitKey;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.HistoryReviews;
import org.shuzhi.review.Reviewer;

/**
 * The archive over HTTP: search, the list of units, a unit's history, and adding reports. Adding is the
 * only write in the whole API, and it is all or nothing: every file is read and checked before any is added.
 */
final class ArchiveApi {
    static final int MAX_LIMIT = 200;

    private final Supplier<ArchiveEngine> archive;
    private final Supplier<Reviewer> reviewer;
    private final AuditLog audit;
    private final AccessControl access;

    /** @param archive the server's archive, once open */
    ArchiveApi(Supplier<ArchiveEngine> archive, Supplier<Reviewer> reviewer, AuditLog audit, AccessControl access) {
        this.archive = archive;
        this.reviewer = reviewer;
        this.audit = audit;
        this.access = access;
    }

    /**
     * {@code GET /api/search?q=&from=&to=&unit=&label=&limit=}: the same JSON as {@code search --format json};
     * {@code from}/{@code to} bound the years as the command line's {@code --year 2021-2023} (either alone is
     * open on the other side; reversed, read the right way round), {@code year=} is one year (both bounds).
     */
    void search(Context ctx) {
        String q = RequestFields.blankToNull(ctx.queryParam("q"));
        Integer year = RequestFields.year(RequestFields.blankToNull(ctx.queryParam("year")));
        Integer from = year != null ? year : RequestFields.year(RequestFields.blankToNull(ctx.queryParam("from")));
        Integer to = year != null ? year : RequestFields.year(RequestFields.blankToNull(ctx.queryParam("to")));
        if (from != null && to != null && from > to) {
            Integer t = from;
            from = to;
            to = t;
        }
        String unit = RequestFields.blankToNull(ctx.queryParam("unit"));
        Part label = label(RequestFields.blankToNull(ctx.queryParam("label")));
        if (q == null && from == null && to == null && unit == null && label == null) {
            throw ApiError.badRequest("请输入检索词，或至少选择年度、单位、段落类别之一");
        }
        ctx.json(archive.get().search(new SearchQuery(q, from, to, unit, label, limit(ctx.queryParam("limit")))));
    }

    /** {@code GET /api/units}: every unit with the years the archive holds. */
    void units(Context ctx) {
        ctx.json(archive.get().units());
    }

    /**
     * {@code GET /api/units/{key}/history}: problems year by year with their themes, repeats marked; last year's
     * commitments and how each year answers them; each year's report reviewed (shares, outcome, findings).
     */
    void history(Context ctx) {
        String key = ctx.pathParam("key");
        UnitHistory history = UnitHistories.of(archive.get(), key);
        if (history.years().isEmpty()) throw ApiError.notFound("档案中没有该单位的报告：" + key);
        ctx.json(HistoryReviews.of(history, archive.get(), reviewer.get()));
    }

    /** {@code POST /api/archive}: multipart {@code file} fields plus optional unit/year/role for all of them. */
    void add(Context ctx) {
        if (!Uploads.isMultipart(ctx)) throw new ApiError(415, "请以表单方式上传报告文件（multipart/form-data，字段 file）");
        RequestFields fields = RequestFields.fromForm(ctx);
        List<Report> reports = Uploads.reports(ctx);
        List<Map<String, Object>> added = file(reports, java.util.Collections.nCopies(reports.size(), fields.overrides()), access.actor(ctx));
        ctx.status(201).json(Map.of("added", added, "reports", archive.get().size()));
    }

    /**
     * Files reports into the archive, each under its own unit/year/role where given, all in one commit and
     * each with its audit line; every report is read and checked before any is added.
     */
    List<Map<String, Object>> file(List<Report> reports, List<ReportMeta> overrides, String actor) {
        List<ArchiveEntry> entries = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            AnalyzedReport analyzed = ReportAnalyzer.analyze(report, overrides.get(i));
            if (UnitKey.of(analyzed.meta().unit()) == null) {
                throw new ApiError(422, "无法识别 " + report.file() + " 的单位，请填写单位后再存入");
            }
            if (analyzed.meta().year() == null) {
                throw new ApiError(422, "无法识别 " + report.file() + " 的年度，请填写年度后再存入");
            }
            entries.add(new ArchiveEntry(analyzed, reviewer.get().label(analyzed)));
        }
        List<Boolean> replacing = new ArrayList<>();
        for (ArchiveEntry e : entries) {
            replacing.add(archive.get().report(e.report().meta().unit(), e.report().meta().year()).isPresent());
        }
        List<Map<String, Object>> added = new ArrayList<>();
        List<ArchivedReport> stored = archive.get().addAll(entries);
        for (int i = 0; i < stored.size(); i++) {
            ArchivedReport r = stored.get(i);
            added.add(Map.of("unit", r.unit(), "unitKey", r.unitKey(), "year", r.year(), "file", r.file(),
                    "paragraphs", r.paragraphs().size()));
            audit.record(actor, replacing.get(i) ? "替换报告" : "存入报告",
                    Map.of("unit", r.unit(), "year", r.year(), "file", r.file(), "chars", r.chars()));
        }
        return added;
    }

    /** {@code DELETE /api/archive/{unit}/{year}}: removes a report filed by mistake, audited. */
    void remove(Context ctx) {
        String unit = ctx.pathParam("unit");
        Integer year = RequestFields.year(ctx.pathParam("year"));
        ArchivedReport r = archive.get().report(unit, year)
                .orElseThrow(() -> ApiError.notFound("档案中没有 " + unit + " " + year + " 年度的报告"));
        archive.get().delete(unit, year);
        audit.record(access.actor(ctx), "删除报告", Map.of("unit", r.unit(), "year", r.year(), "file", r.file()));
        ctx.json(Map.of("removed", Map.of("unit", r.unit(), "unitKey", r.unitKey(), "year", r.year()), "reports", archive.get().size()));
    }

    private static Part label(String s) {
        if (s == null) return null;
        try {
            return Part.named(s);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("段落类别应为 成绩、问题、打算 或 其他（achievement、problem、plan、other），收到：" + s);
        }
    }

    private static int limit(String s) {
        if (s == null || s.isBlank()) return SearchQuery.DEFAULT_LIMIT;
        try {
            int n = Integer.parseInt(s.strip());
            if (n < 1 || n > MAX_LIMIT) throw ApiError.badRequest("条数应在 1–" + MAX_LIMIT + " 之间");
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("条数应为数字，收到：" + s);
        }
    }
}
