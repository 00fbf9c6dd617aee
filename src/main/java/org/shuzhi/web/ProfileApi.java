package org.shuzhi.web;

import io.javalin.http.Context;
import java.util.List;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.Profiles;

/**
 * {@code GET /api/profiles}: the built-in profiles with their limits, for the pages' choice and bars. The web
 * accepts built-in ids only: a profile file is a path on the server, which a browser has no business naming.
 */
final class ProfileApi {
    List<Profile> list() {
        return List.of(Profiles.resolve(Profiles.DEFAULT_ID));
    }

    void list(Context ctx) {
        ctx.json(list());
    }

    /** Refuses an unknown profile before any work starts. */
    void check(String id) {
        if (id == null) return;
        if (list().stream().noneMatch(p -> p.id().equals(id))) {
            throw ApiError.badRequest("未知的评审要求（profile）：" + id);
        }
    }
}
