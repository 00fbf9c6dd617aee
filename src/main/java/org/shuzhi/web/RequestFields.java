package org.shuzhi.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.rules.Profile;

/**
 * The optional fields every report request may carry (a built-in profile or the user's own, unit, year,
 * role), read the same way from a JSON body or a multipart form, and checked before any work starts.
 */
record RequestFields(String profile, Profile ownProfile, String unit, Integer year, String role) {
    /** The JSON field with the text of a user's own profile; in a form it is the file part {@code profile}. */
    static final String PROFILE_YAML = "profileYaml";
    /** A profile is a page of YAML; anything much bigger is not one. */
    static final int MAX_PROFILE_CHARS = 64 * 1024;

    RequestFields {
        if (profile != null && ownProfile != null) {
            throw ApiError.badRequest("请只给出一种评审要求：内置要求（profile）或上传的评审要求文件，不能同时给出");
        }
    }

    static RequestFields fromJson(JsonNode body) {
        String yaml = text(body, PROFILE_YAML);
        return new RequestFields(text(body, "profile"), yaml == null ? null : ProfileApi.own("上传的评审要求", yaml),
                text(body, "unit"), year(text(body, "year")), text(body, "role"));
    }

    static RequestFields fromForm(Context ctx) {
        return new RequestFields(blankToNull(ctx.formParam("profile")), ownProfile(ctx), blankToNull(ctx.formParam("unit")),
                year(blankToNull(ctx.formParam("year"))), blankToNull(ctx.formParam("role")));
    }

    ReportMeta overrides() {
        return new ReportMeta(unit, year, role);
    }

    /** What the reviewer is asked: compared with the archive (which a review only reads) when allowed. */
    ReviewRequest request(boolean useArchive) {
        return new ReviewRequest(profile, overrides(), useArchive, ownProfile);
    }

    /** The file part {@code profile} of a form, read in memory only: a user's profile is never stored. */
    private static Profile ownProfile(Context ctx) {
        UploadedFile f = ctx.uploadedFile("profile");
        if (f == null) return null;
        String name = f.filename() == null || f.filename().isBlank() ? "上传的评审要求" : f.filename();
        if (f.size() > MAX_PROFILE_CHARS * 4L) throw tooBig(name);
        try (InputStream in = f.content()) {
            return ProfileApi.own(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ApiError.badRequest("上传的评审要求文件 " + name + " 未能完整接收，请重试");
        }
    }

    static ApiError tooBig(String name) {
        return new ApiError(413, "评审要求文件“" + name + "”过大（上限 " + MAX_PROFILE_CHARS / 1024 + " KB），不像是一份评审要求");
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
