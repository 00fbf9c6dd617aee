package org.shuzhi.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.document.Part;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.ProfileException;
import org.shuzhi.rules.ProfileReader;
import org.shuzhi.rules.Profiles;

/**
 * {@code GET /api/profiles}: the built-in profiles; {@code GET /api/profiles/{id}/limits?role=}: the limits
 * that apply to one role, as the rules read them, for the pages' bars; {@code POST /api/profiles/limits}:
 * the same for a user's own profile sent as text, which also checks it before a review. A profile path on
 * the server is never accepted: a user's own profile comes as content, read in memory and never stored.
 */
final class ProfileApi {
    /** What the bars need: the length limit for the role and each part's share limit (part ids as keys). */
    record Limits(String profile, String name, String role, Integer length, Map<String, Profile.ShareLimit> shares) {
        static Limits of(Profile p, String role) {
            Map<String, Profile.ShareLimit> shares = new LinkedHashMap<>();
            for (Part part : Part.values()) {
                Profile.ShareLimit s = p.share(part);
                if (s != null) shares.put(part.id(), s);
            }
            return new Limits(p.id(), p.name(), role, p.length() == null ? null : p.length().limitFor(role), shares);
        }
    }

    void list(Context ctx) {
        ctx.json(Profiles.builtIn());
    }

    void limits(Context ctx) {
        Profile p = builtIn(ctx.pathParam("id"));
        if (p == null) throw ApiError.notFound("未知的评审要求（profile）：" + ctx.pathParam("id"));
        ctx.json(Limits.of(p, RequestFields.blankToNull(ctx.queryParam("role"))));
    }

    /** {@code POST /api/profiles/limits}: JSON {@code {"profileYaml", "role"?}} or a form with the file part {@code profile}. */
    void ownLimits(Context ctx) {
        RequestFields fields;
        if (Uploads.isMultipart(ctx)) {
            fields = RequestFields.fromForm(ctx);
        } else {
            JsonNode body = ReviewApi.jsonBody(ctx);
            fields = RequestFields.fromJson(body);
        }
        if (fields.ownProfile() == null) {
            throw ApiError.badRequest("请上传评审要求文件（表单文件字段 profile，或 JSON 字段 " + RequestFields.PROFILE_YAML + "）");
        }
        ctx.json(Limits.of(fields.ownProfile(), fields.role()));
    }

    /** Reads a user's own profile with the rules' reader; a mistake answers 400 naming the field. */
    static Profile own(String source, String yaml) {
        if (yaml.length() > RequestFields.MAX_PROFILE_CHARS) throw RequestFields.tooBig(source);
        try {
            return ProfileReader.read(source, yaml);
        } catch (ProfileException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /** Refuses an unknown profile before any work starts. */
    void check(String id) {
        if (id != null && builtIn(id) == null) {
            throw ApiError.badRequest("未知的评审要求（profile）：" + id + "；可选：" + String.join("、", ids())
                    + "，或上传自己的评审要求文件");
        }
    }

    private static Profile builtIn(String id) {
        return Profiles.builtIn().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    private static List<String> ids() {
        return Profiles.builtIn().stream().map(Profile::id).toList();
    }
}
