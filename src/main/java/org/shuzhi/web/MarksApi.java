package org.shuzhi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.export.RuleTrustWorkbook;
import org.shuzhi.review.Json;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.server.AuditLog;
import org.shuzhi.server.FindingMarks;

/**
 * Reviewers' marks on the findings of archived reports: {@code POST /api/marks} sets one (误报 / 已核实 and
 * a note), {@code GET /api/marks?unit=&year=} lists a report's, {@code GET /api/marks/rules} counts them per
 * rule ({@code .xlsx} for the export). Reviews of an archived unit and year carry the marks on their
 * findings, so the next reviewer sees what the last one decided.
 */
final class MarksApi {
    private final FindingMarks marks;
    private final Supplier<ArchiveEngine> archive;
    private final AuditLog audit;
    private final AccessControl access;

    MarksApi(FindingMarks marks, Supplier<ArchiveEngine> archive, AuditLog audit, AccessControl access) {
        this.marks = marks;
        this.archive = archive;
        this.audit = audit;
        this.access = access;
    }

    void put(Context ctx) {
        JsonNode body = ReviewApi.jsonBody(ctx);
        String unit = RequestFields.text(body, "unit"), rule = RequestFields.text(body, "rule"), mark = RequestFields.text(body, "mark");
        Integer year = RequestFields.year(RequestFields.text(body, "year"));
        if (unit == null || year == null || rule == null || mark == null) {
            throw ApiError.badRequest("请给出单位（unit）、年度（year）、规则（rule）和标记（mark：误报 或 已核实）");
        }
        JsonNode p = body.get("paragraph");
        Integer paragraph = p == null || p.isNull() ? null : p.asInt();
        String key = archive.get().report(unit, year).map(r -> r.unitKey())
                .orElseThrow(() -> ApiError.notFound("档案中没有 " + unit + " " + year + " 年度的报告：标记只能加在已存档报告的问题上"));
        try {
            FindingMarks.Mark m = marks.put(key, year, paragraph, rule, mark, RequestFields.text(body, "note"), access.actor(ctx));
            audit.record(access.actor(ctx), "标记问题", Map.of("unit", unit, "year", year, "rule", rule, "mark", mark,
                    "paragraph", paragraph == null ? "全文" : paragraph + 1));
            ctx.status(201).json(m);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    void list(Context ctx) {
        String unit = RequestFields.blankToNull(ctx.queryParam("unit"));
        Integer year = RequestFields.year(RequestFields.blankToNull(ctx.queryParam("year")));
        if (unit == null || year == null) throw ApiError.badRequest("请给出单位（unit）和年度（year）");
        String key = archive.get().unitKey(unit);
        ctx.json(key == null ? List.of() : marks.of(key, year));
    }

    void perRule(Context ctx) {
        ctx.json(marks.perRule());
    }

    void perRuleWorkbook(Context ctx) {
        RuleCatalog catalog = RuleCatalog.standard();
        byte[] xlsx = RuleTrustWorkbook.write(RuleTrustWorkbook.rows(marks.perRule(), FindingMarks.RuleCount::rule,
                code -> catalog.codes().contains(code) ? catalog.get(code).name() : code,
                FindingMarks.RuleCount::falseAlarms, FindingMarks.RuleCount::confirmed));
        ctx.header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode("规则可信度.xlsx", StandardCharsets.UTF_8));
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").result(xlsx);
    }

    /** Puts each finding's mark beside it ({@code "mark"} on the finding: additive to the review JSON). */
    JsonNode withMarks(List<?> reviews) {
        JsonNode tree = Json.MAPPER.valueToTree(reviews);
        for (JsonNode review : tree) {
            JsonNode meta = review.path("meta");
            if (!meta.path("unit").isTextual() || !meta.path("year").canConvertToInt()) continue;
            String key = archive.get().unitKey(meta.get("unit").asText());
            if (key == null) continue;
            List<FindingMarks.Mark> ms = marks.of(key, meta.get("year").asInt());
            if (ms.isEmpty()) continue;
            for (JsonNode f : (ArrayNode) review.path("findings")) {
                Integer para = f.path("paragraph").isNull() || f.path("paragraph").isMissingNode() ? null : f.get("paragraph").asInt();
                ms.stream().filter(m -> m.rule().equals(f.path("rule").asText()) && java.util.Objects.equals(m.paragraph(), para))
                        .findFirst().ifPresent(m -> ((ObjectNode) f).set("mark", Json.MAPPER.valueToTree(m)));
            }
        }
        return tree;
    }
}
