package org.shuzhi.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.shuzhi.document.Report;
import org.shuzhi.review.Json;
import org.shuzhi.review.Review;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;

/**
 * {@code POST /api/review}: a pasted draft as JSON or uploaded files as a multipart form, answered with the
 * same array as {@code review --format json}. Reviews only read the archive; nothing sent here is stored.
 */
final class ReviewApi {
    static final String DRAFT_NAME = "草稿";

    private final Supplier<Reviewer> reviewer;
    private final ProfileApi profiles;
    private final AccessControl access;
    private final MarksApi marks;

    ReviewApi(Supplier<Reviewer> reviewer, ProfileApi profiles, AccessControl access, MarksApi marks) {
        this.reviewer = reviewer;
        this.profiles = profiles;
        this.access = access;
        this.marks = marks;
    }

    void review(Context ctx) {
        List<Report> reports;
        RequestFields fields;
        if (Uploads.isMultipart(ctx)) {
            fields = RequestFields.fromForm(ctx);
            profiles.check(fields.profile());
            reports = Uploads.reports(ctx);
        } else {
            JsonNode body = jsonBody(ctx);
            fields = RequestFields.fromJson(body);
            profiles.check(fields.profile());
            String text = RequestFields.text(body, "text");
            if (text == null) throw ApiError.badRequest("草稿内容为空：请粘贴报告全文（字段 text）");
            ReportLimits.check(DRAFT_NAME, text.codePointCount(0, text.length())); // before splitting it
            reports = List.of(Report.fromText(DRAFT_NAME, text));
        }
        boolean readsArchive = access.mayReadArchive(ctx);
        ReviewRequest request = fields.request(readsArchive);
        List<Review> out = new ArrayList<>(reports.size());
        for (Report r : reports) out.add(reviewer.get().review(r, request));
        ctx.json(readsArchive ? marks.withMarks(out) : out);
    }

    /**
     * Reads request bodies up to the request limit: Jackson's own default (20 million characters a string)
     * would call a long but valid draft "not JSON"; the report's length limit then answers it by name.
     */
    static final ObjectMapper REQUEST_MAPPER = requestMapper();

    private static ObjectMapper requestMapper() {
        ObjectMapper m = Json.MAPPER.copy();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength((int) (WebServer.MAX_REQUEST_MB * 1024 * 1024)).build());
        return m;
    }

    static JsonNode jsonBody(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) throw ApiError.badRequest("请求内容为空：请发送 JSON 或上传文件");
        try {
            JsonNode node = REQUEST_MAPPER.readTree(body);
            if (node == null || !node.isObject()) throw ApiError.badRequest("请求内容应为 JSON 对象");
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("请求内容不是有效的 JSON");
        }
    }
}
