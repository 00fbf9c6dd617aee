package org.shuzhi.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.shuzhi.document.ReportMeta;

/**
 * The optional fields every report request may carry (profile, unit, year, role), read the same way from
 * a JSON body or a multipart form, and checked before any work starts.
 */
record RequestFields(String profile, String unit, Integer year, String role) {
    static RequestFields fromJson(JsonNode body) {
        return new RequestFields(text(body, "profile"), text(body, "unit"), year(text(body, "year")), text(body, "role"));
    }

    static RequestFields fromForm(Context ctx) {
        return new RequestFields(blankToNull(ctx.formParam("profile")), blankToNull(ctx.formParam("unit")),
                year(blankToNull(ctx.formParam("year"))), blankToNull(ctx.formParam("role")));
    }

    static RequestFields fromQuery(Context ctx) {
        return new RequestFields(blankToNull(ctx.queryParam("profile")), blankToNull(ctx.queryParam("unit")),
                year(blankToNull(ctx.queryParam("year"))), blankToNull(ctx.queryParam("role")));
    }

    ReportMeta overrides() {
        return new ReportMeta(unit, year, role);
    }

    static Integer year(String s) {
        if (s == null) return null;
        try {
            int y = Integer.parseInt(s.strip());
            if (y < 1949 || y > 2100) throw ApiError.badRequest("年度超出范围：" + s);
            return y;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("年度必须是四位数字，收到：" + s);
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isValueNode()) throw ApiError.badRequest("字段 " + field + " 应为文字");
        return blankToNull(n.asText());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
