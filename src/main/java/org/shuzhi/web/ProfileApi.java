package org.shuzhi.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.document.Part;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.Profiles;

/**
 * {@code GET /api/profiles}: the built-in profiles; {@code GET /api/profiles/{id}/limits?role=}: the limits
 * that apply to one role, as the rules read them, for the pages' bars. The web accepts built-in ids only: a
 * profile file is a path on the server, which a browser has no business naming.
 */
final class ProfileApi {
    /** What the bars need: the length limit for the role and each part's share limit (part ids as keys). */
    record Limits(String profile, String role, Integer length, Map<String, Profile.ShareLimit> shares) {}

    void list(Context ctx) {
        ctx.json(Profiles.builtIn());
    }

    void limits(Context ctx) {
        Profile p = builtIn(ctx.pathParam("id"));
        if (p == null) throw ApiError.notFound("未知的评审要求（profile）：" + ctx.pathParam("id"));
        String role = RequestFields.blankToNull(ctx.queryParam("role"));
        Map<String, Profile.ShareLimit> shares = new LinkedHashMap<>();
        for (Part part : Part.values()) {
            Profile.ShareLimit s = p.share(part);
            if (s != null) shares.put(part.id(), s);
        }
        ctx.json(new Limits(p.id(), role, p.length() == null ? null : p.length().limitFor(role), shares));
    }

    /** Refuses an unknown profile before any work starts. */
    void check(String id) {
        if (id != null && builtIn(id) == null) {
            throw ApiError.badRequest("未知的评审要求（profile）：" + id + "；可选：" + String.join("、", ids()));
        }
    }

    private static Profile builtIn(String id) {
        return Profiles.builtIn().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    private static List<String> ids() {
        return Profiles.builtIn().stream().map(Profile::id).toList();
    }
}
