package org.shuzhi.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;
import org.shuzhi.server.Account;
import org.shuzhi.server.AccountStore;
import org.shuzhi.server.Role;

/**
 * Who may call which API route, once the server has accounts (a department's shared server). Without
 * accounts — the single user's server on 127.0.0.1 — everything is open, as before. Routes not listed
 * need a reviewer's login: a new route is closed until someone decides otherwise.
 */
final class AccessControl {
    /** The single user of a server without accounts, as the audit log names them. */
    static final String LOCAL_USER = "本机用户";

    /** {@code path} matches itself and everything under it; a segment {@code *} stands for any one segment. */
    private record Rule(HandlerType method, String path, Role role) {
        boolean matches(Context ctx) {
            if (method != null && method != ctx.method()) return false;
            String[] want = path.split("/"), got = ctx.path().split("/");
            if (got.length < want.length) return false;
            for (int i = 0; i < want.length; i++) if (!want[i].equals("*") && !want[i].equals(got[i])) return false;
            return true;
        }
    }

    /** First match wins; a null role is open to everybody (self-check stays available without an account). */
    private static final List<Rule> RULES = List.of(
            new Rule(null, "/api/session", null),
            new Rule(HandlerType.POST, "/api/login", null),
            new Rule(HandlerType.POST, "/api/logout", null),
            new Rule(HandlerType.GET, "/api/status", null),
            new Rule(null, "/api/profiles", null),
            new Rule(HandlerType.GET, "/api/rules", null),
            new Rule(HandlerType.POST, "/api/review", null),
            new Rule(HandlerType.POST, "/api/archive", Role.ARCHIVIST),
            new Rule(HandlerType.DELETE, "/api/archive", Role.ARCHIVIST),
            // a meeting's batch is kept for the department: reviewers' work; filing it is the archivist's
            new Rule(HandlerType.POST, "/api/batches/*/archive", Role.ARCHIVIST),
            new Rule(null, "/api/batches", Role.REVIEWER),
            new Rule(null, "/api/accounts", Role.ADMIN),
            new Rule(null, "/api/audit", Role.ADMIN));

    private final AccountStore accounts;
    private final Sessions sessions;

    AccessControl(AccountStore accounts, Sessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    boolean enabled() {
        return !accounts.isEmpty();
    }

    void check(Context ctx) {
        if (!enabled()) return;
        Optional<Rule> rule = RULES.stream().filter(r -> r.matches(ctx)).findFirst();
        if (rule.isPresent() && rule.get().role() == null) return; // open to everybody
        Role needed = rule.map(Rule::role).orElse(Role.REVIEWER);
        Account a = user(ctx).orElseThrow(() -> new ApiError(401, "请先登录（此操作需要" + needed.chinese() + "账号）"));
        if (!a.role().allows(needed)) {
            throw new ApiError(403, "当前账号“" + a.name() + "”是" + a.role().chinese() + "，无权进行此操作（需要" + needed.chinese() + "）");
        }
    }

    /** The logged-in account, its current role read from the store (a changed role applies at once). */
    Optional<Account> user(Context ctx) {
        return sessions.current(ctx.req()).flatMap(s -> accounts.find(s.user()));
    }

    /** Who the audit log names for this request. */
    String actor(Context ctx) {
        return enabled() ? user(ctx).map(Account::name).orElse("（未登录）") : LOCAL_USER;
    }

    /**
     * Whether a review may be compared with the archive: its evidence quotes other units' reports, which
     * on a shared server only logged-in reviewers may read. An anonymous self-check is reviewed alone.
     */
    boolean mayReadArchive(Context ctx) {
        return !enabled() || user(ctx).isPresent();
    }
}
