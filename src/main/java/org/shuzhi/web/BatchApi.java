package org.shuzhi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.document.ReportReaders;
import org.shuzhi.document.UnreadableReportException;
import org.shuzhi.meeting.CommentDrafter;
import org.shuzhi.meeting.GradeSuggester;
import org.shuzhi.meeting.GradeSuggestion;
import org.shuzhi.meeting.Meeting;
import org.shuzhi.meeting.MeetingReport;
import org.shuzhi.meeting.MeetingReviewer;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;
import org.shuzhi.rules.Profiles;
import org.shuzhi.server.AuditLog;
import org.shuzhi.server.BatchStore;
import org.shuzhi.server.BatchStore.Batch;
import org.shuzhi.server.BatchStore.BatchException;
import org.shuzhi.server.BatchStore.Entry;
import org.shuzhi.server.BatchStore.Given;

/**
 * The saved 评阅 batches over HTTP ({@code /api/batches…}): a meeting's reports kept on the server under a
 * name, reviewed once at upload (again when the profile or the reviewer's metadata changes), with the
 * reviewer's 点评 and metadata kept beside them, and filed into the archive from here (入档) through the
 * archive's own path. Routes only translate HTTP; the store keeps, the pipeline judges.
 */
final class BatchApi {
    private final BatchStore store;
    private final Supplier<Reviewer> reviewer;
    private final ProfileApi profiles;
    /** A profile change reviews the batch again one report per turn in the review line (see update). */
    private final ReviewGate gate;
    private final AccessControl access;
    private final AuditLog audit;
    private final ArchiveApi archive;
    private final MarksApi marks;

    BatchApi(BatchStore store, Supplier<Reviewer> reviewer, ProfileApi profiles, AccessControl access, AuditLog audit,
             ArchiveApi archive, MarksApi marks, ReviewGate gate) {
        this.store = store;
        this.gate = gate;
        this.reviewer = reviewer;
        this.profiles = profiles;
        this.access = access;
        this.audit = audit;
        this.archive = archive;
        this.marks = marks;
    }

    /** {@code GET /api/batches}: every batch (newest change first) and those whose record is damaged. */
    void list(Context ctx) {
        ctx.json(store.list());
    }

    /** {@code POST /api/batches} {@code {"name", "date"?, "profile"?}}: a new, empty batch. */
    void create(Context ctx) {
        JsonNode body = ReviewApi.jsonBody(ctx);
        String profile = RequestFields.text(body, "profile");
        profiles.check(profile);
        Batch b = store.create(RequestFields.text(body, "name"), RequestFields.text(body, "date"),
                profile == null ? Profiles.DEFAULT_ID : profile, access.actor(ctx));
        audit.record(access.actor(ctx), "建立会议材料", Map.of("batch", b.id(), "name", b.name()));
        ctx.status(201).json(view(ctx, b));
    }

    /** {@code GET /api/batches/{id}}: the batch with every report's review, edits and filing. */
    void get(Context ctx) {
        ctx.json(view(ctx, store.get(ctx.pathParam("id"))));
    }

    /**
     * {@code PATCH /api/batches/{id}} {@code {"name"?, "date"?, "profile"?}}: renames, re-dates, or changes the
     * profile, which reviews every report again under it: one report per turn in the review line, so a
     * hundred-report batch does not hold a core for half a minute while self-checks are refused.
     */
    void update(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        JsonNode body = ReviewApi.jsonBody(ctx);
        String profile = RequestFields.text(body, "profile");
        profiles.check(profile);
        Batch b = store.get(id);
        String date = body.has("date") ? Objects.requireNonNullElse(RequestFields.text(body, "date"), "") : null;
        Batch out = store.update(id, RequestFields.text(body, "name"), date, access.actor(ctx));
        if (!out.name().equals(b.name())) {
            audit.record(access.actor(ctx), "更名会议材料", Map.of("batch", id, "from", b.name(), "name", out.name()));
        }
        if (profile != null && !profile.equals(b.profile())) {
            Map<String, byte[]> reviews = new LinkedHashMap<>();
            Batch named = out;
            for (Entry e : named.reports()) {
                gate.step(() -> reviews.put(e.id(), StoredReview.bytes(review(ctx, named, e, profile, e.given()))));
            }
            out = store.reviewedAgain(id, profile, reviews, access.actor(ctx));
        }
        ctx.json(view(ctx, out));
    }

    /** {@code DELETE /api/batches/{id}}. */
    void delete(Context ctx) {
        String id = ctx.pathParam("id");
        Batch b = store.get(id);
        store.delete(id);
        audit.record(access.actor(ctx), "删除会议材料", Map.of("batch", id, "name", b.name(), "reports", b.reports().size()));
        ctx.json(Map.of("deleted", Map.of("id", id, "name", b.name())));
    }

    /**
     * {@code POST /api/batches/{id}/reports}: multipart {@code file} fields (optional unit/year/role for all of
     * them), each read and reviewed before any is kept, as {@code /api/review} does; answers the new reports' views.
     */
    void addReports(Context ctx) {
        if (!Uploads.isMultipart(ctx)) throw new ApiError(415, "请以表单方式上传报告文件（multipart/form-data，字段 file）");
        Batch b = store.get(ctx.pathParam("id"));
        RequestFields fields = RequestFields.fromForm(ctx);
        if (fields.ownProfile() != null || fields.profile() != null) {
            throw ApiError.badRequest("会议材料按批次的评审要求评阅：请修改批次的评审要求，而不是随文件上传");
        }
        Given given = fields.unit() == null && fields.year() == null && fields.role() == null ? null
                : new Given(fields.unit(), null, fields.year(), fields.role(), null, null);
        List<Uploads.Upload> uploads = Uploads.uploads(ctx);
        if (b.reports().size() + uploads.size() > BatchStore.MAX_REPORTS) {
            throw new ApiError(413, "会议材料“" + b.name() + "”已有 " + b.reports().size() + " 份报告，再加 " + uploads.size()
                    + " 份将超过每批 " + BatchStore.MAX_REPORTS + " 份的上限；请另建一批");
        }
        List<byte[]> reviews = new ArrayList<>();
        MeetingReviewer meeting = new MeetingReviewer(reviewer.get());
        for (Uploads.Upload u : uploads) {
            reviews.add(StoredReview.bytes(meeting.review(u.report(), u.bytes(), StoredReview.format(u.name()), request(ctx, b.profile(), given))));
        }
        List<Map<String, Object>> added = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Uploads.Upload u = uploads.get(i);
            Entry e = store.addReport(b.id(), u.name(), u.bytes(), reviews.get(i), given, access.actor(ctx));
            added.add(Map.of("id", e.id(), "file", e.file()));
            entries.add(e);
            audit.record(access.actor(ctx), "会议材料加入报告", Map.of("batch", b.id(), "file", e.file(), "bytes", e.size()));
        }
        // only the new reports: a page uploading a hundred files one by one would otherwise get the whole,
        // growing batch back each time; it asks for the batch (grades, documents) once all are in
        Batch now = store.get(b.id());
        List<Object> views = new ArrayList<>();
        for (Entry e : entries) views.add(reportView(ctx, now, e));
        ctx.status(201).json(Map.of("added", added, "reports", views));
    }

    /** {@code DELETE /api/batches/{id}/reports/{report}}. */
    void removeReport(Context ctx) {
        String id = ctx.pathParam("id");
        Entry e = store.get(id).report(ctx.pathParam("report"));
        Batch out = store.removeReport(id, e.id(), access.actor(ctx));
        audit.record(access.actor(ctx), "会议材料移除报告", Map.of("batch", id, "file", e.file()));
        ctx.json(view(ctx, out));
    }

    /**
     * {@code PATCH /api/batches/{id}/reports/{report}} {@code {"comment"?, "unit"?, "name"?, "year"?, "role"?}}:
     * keeps the reviewer's 点评 (null or "" returns to the draft) and the metadata the reviewer confirmed,
     * which reviews the report again under them.
     */
    void editReport(Context ctx) {
        String id = ctx.pathParam("id");
        JsonNode body = ReviewApi.jsonBody(ctx);
        Batch b = store.get(id);
        Entry e = b.report(ctx.pathParam("report"));
        if (body.has("comment")) {
            JsonNode c = body.get("comment");
            if (!c.isNull() && !c.isTextual()) throw ApiError.badRequest("字段 comment 应为文字");
            e = store.setComment(id, e.id(), c.isNull() ? null : c.asText(), access.actor(ctx));
        }
        if (body.has("unit") || body.has("name") || body.has("year") || body.has("role")) {
            Given g = given(body, e.given());
            e = store.setGiven(id, e.id(), g, StoredReview.bytes(review(ctx, b, e, b.profile(), g)), access.actor(ctx));
        }
        Batch out = store.get(id);
        ctx.json(reportView(ctx, out, out.report(e.id())));
    }

    /**
     * {@code POST /api/batches/{id}/archive} {@code {"reports": [{"id", "unit", "year", "role"?, "name"?}]}}: 入档.
     * Each listed report goes into the archive under the unit, year and role the reviewer confirmed (kept
     * with the batch too), all in one commit with an audit line each, as {@code POST /api/archive} files.
     */
    void file(Context ctx) {
        String id = ctx.pathParam("id");
        JsonNode body = ReviewApi.jsonBody(ctx);
        JsonNode list = body.get("reports");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw ApiError.badRequest("请列出要入档的报告及其单位、年度（字段 reports）");
        }
        Batch b = store.get(id);
        List<Report> reports = new ArrayList<>();
        List<ReportMeta> metas = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isObject()) throw ApiError.badRequest("reports 的每一项应为对象（id、unit、year、role）");
            Entry e = b.report(Objects.requireNonNullElse(RequestFields.text(item, "id"), ""));
            Given g = given(item, e.given());
            if (g.unit() == null || g.year() == null) {
                throw new ApiError(422, "请确认 " + e.file() + " 的单位和年度后再入档");
            }
            if (!sameMeta(g, e.given())) {
                e = store.setGiven(id, e.id(), g, StoredReview.bytes(review(ctx, b, e, b.profile(), g)), access.actor(ctx));
            }
            reports.add(read(e.file(), store.original(id, e.id())));
            metas.add(new ReportMeta(g.unit(), g.year(), g.role(), g.name()));
            entries.add(e);
        }
        List<Map<String, Object>> added = archive.file(reports, metas, access.actor(ctx));
        Map<String, BatchStore.Filed> filed = new LinkedHashMap<>();
        String now = store.now();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> a = added.get(i);
            filed.put(entries.get(i).id(), new BatchStore.Filed((String) a.get("unit"), (Integer) a.get("year"), access.actor(ctx), now));
        }
        Batch out = store.filed(id, filed, access.actor(ctx));
        ctx.status(201).json(Map.of("added", added, "batch", view(ctx, out)));
    }

    /** {@code GET /api/batches/{id}/documents/{name}}: 汇总表.xlsx, 整改清单.xlsx, 整改清单.docx, 点评意见.docx or 测评表.xlsx. */
    void document(Context ctx) {
        Batch b = store.get(ctx.pathParam("id"));
        String name = ctx.pathParam("name");
        if (!BatchDocuments.names().contains(name)) BatchDocuments.write(name, null); // 404 naming the documents
        send(ctx, name, BatchDocuments.write(name, meeting(b).meeting()));
    }

    /** {@code GET /api/batches/{id}/reports/{report}/annotated.docx}: the report returned with the reviewer's comments (批注). */
    void annotated(Context ctx) {
        Batch b = store.get(ctx.pathParam("id"));
        Entry e = b.report(ctx.pathParam("report"));
        Loaded loaded = meeting(b);
        MeetingReport r = loaded.byId().get(e.id());
        if (r == null) throw new ApiError(500, "这份报告的评阅结果已损坏，无法生成批注稿；可移除后重新上传：" + e.file());
        send(ctx, BatchDocuments.annotatedName(e.file()), BatchDocuments.annotated(loaded.meeting(), r));
    }

    private record Loaded(Meeting meeting, Map<String, MeetingReport> byId) {}

    /** The batch as the meeting package takes it: its name, profile and every report whose review is readable. */
    private Loaded meeting(Batch b) {
        if (b.reports().isEmpty()) throw ApiError.badRequest("会议材料“" + b.name() + "”尚无报告：请先上传报告再下载");
        Map<String, MeetingReport> byId = new LinkedHashMap<>();
        for (Entry e : b.reports()) {
            try {
                byId.put(e.id(), StoredReview.report(e, store.review(b.id(), e.id()), store.original(b.id(), e.id())));
            } catch (BatchException | java.io.UncheckedIOException x) {
                // a damaged report is named on the page; the documents are made of the others
            }
        }
        return new Loaded(new Meeting(b.name(), b.profile(), List.copyOf(byId.values())), byId);
    }

    private static void send(Context ctx, String name, byte[] bytes) {
        ctx.header("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType(BatchDocuments.contentType(name)).result(bytes);
    }

    /** The batch as the page shows it: its record, and each report with its review. */
    Map<String, Object> view(Context ctx, Batch b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", b.id());
        out.put("name", b.name());
        out.put("date", b.date());
        out.put("profile", b.profile());
        out.put("created", b.created());
        out.put("createdBy", b.createdBy());
        out.put("modified", b.modified());
        out.put("modifiedBy", b.modifiedBy());
        List<Object> reports = new ArrayList<>();
        List<GradeSuggestion> grades = new ArrayList<>();
        for (Entry e : b.reports()) {
            Map<String, Object> r = reportView(ctx, b, e, grades);
            reports.add(r);
        }
        out.put("reports", reports);
        out.put("grades", MeetingView.distribution(GradeSuggester.standard().distribution(grades)));
        out.put("documents", MeetingView.documents(b));
        return out;
    }

    private Map<String, Object> reportView(Context ctx, Batch b, Entry e) {
        return reportView(ctx, b, e, new ArrayList<>());
    }

    /** One report as the page shows it; its suggested grade is added to {@code grades} for the distribution. */
    private Map<String, Object> reportView(Context ctx, Batch b, Entry e, List<GradeSuggestion> grades) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", e.id());
        r.put("file", e.file());
        r.put("size", e.size());
        r.put("added", e.added());
        r.put("addedBy", e.addedBy());
        r.put("given", e.given());
        r.put("comment", e.comment());
        r.put("filed", e.filed());
        try {
            byte[] stored = store.review(b.id(), e.id());
            JsonNode review = StoredReview.reviewJson(stored);
            if (access.mayReadArchive(ctx)) review = ((ArrayNode) marks.withMarks(List.of(review))).get(0);
            MeetingReport m = StoredReview.report(e, stored, null);
            r.put("draft", CommentDrafter.standard().draft(m.withComment(null)));
            GradeSuggestion g = GradeSuggester.standard().suggest(m.review());
            grades.add(g);
            r.put("suggestion", MeetingView.suggestion(g));
            r.put("documents", MeetingView.documents(b, e));
            r.put("review", review);
        } catch (BatchException x) {
            r.put("review", null);
            r.put("error", x.getMessage());
        } catch (IOException | java.io.UncheckedIOException x) {
            r.put("review", null);
            r.put("error", "这份报告的评阅结果已损坏，无法显示；可移除后重新上传：" + e.file());
        }
        return r;
    }

    private MeetingReport review(Context ctx, Batch b, Entry e, String profile, Given g) {
        byte[] original = store.original(b.id(), e.id());
        return new MeetingReviewer(reviewer.get()).review(read(e.file(), original), original, StoredReview.format(e.file()),
                request(ctx, profile, g));
    }

    private ReviewRequest request(Context ctx, String profile, Given g) {
        ReportMeta overrides = g == null ? ReportMeta.UNKNOWN : new ReportMeta(g.unit(), g.year(), g.role(), g.name());
        return new ReviewRequest(profile, overrides, access.mayReadArchive(ctx));
    }

    private static Report read(String file, byte[] bytes) {
        try {
            return ReportReaders.read(file, bytes);
        } catch (UnreadableReportException e) {
            throw new ApiError(422, e.getMessage());
        }
    }

    /** The fields the request gives, over the ones kept (a field given as null or "" clears it). */
    private static Given given(JsonNode body, Given kept) {
        Given k = kept == null ? new Given(null, null, null, null, null, null) : kept;
        String unit = body.has("unit") ? RequestFields.text(body, "unit") : k.unit();
        String name = body.has("name") ? RequestFields.text(body, "name") : k.name();
        Integer year = body.has("year") ? RequestFields.year(RequestFields.text(body, "year")) : k.year();
        String role = body.has("role") ? RequestFields.text(body, "role") : k.role();
        return new Given(unit, name, year, role, null, null);
    }

    private static boolean sameMeta(Given a, Given b) {
        if (b == null) return false;
        return Objects.equals(a.unit(), b.unit()) && Objects.equals(a.name(), b.name()) && Objects.equals(a.year(), b.year())
                && Objects.equals(a.role(), b.role());
    }

    /** The store's refusals as HTTP answers. */
    static ApiError error(BatchException e) {
        return switch (e.problem()) {
            case NOT_FOUND -> ApiError.notFound(e.getMessage());
            case INVALID -> ApiError.badRequest(e.getMessage());
            case TOO_MANY -> new ApiError(413, e.getMessage());
            case DAMAGED -> new ApiError(500, e.getMessage());
        };
    }
}
