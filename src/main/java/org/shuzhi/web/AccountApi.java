package org.shuzhi.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.server.Account;
import org.shuzhi.server.AccountStore;
import org.shuzhi.server.AuditLog;
import org.shuzhi.server.LoginThrottle;
import org.shuzhi.server.Role;

/**
 * Login, logout, the page's session (who is logged in, the page token) and, for administrators, the
 * accounts and the audit log. Every account change and every login attempt is audited (never a password).
 */
final class AccountApi {
    private final AccountStore accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final CsrfTokens tokens;
    private final AccessControl access;

    AccountApi(AccountStore accounts, Sessions sessions, LoginThrottle throttle, AuditLog audit, CsrfTokens tokens, AccessControl access) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.tokens = tokens;
        this.access = access;
    }

    /** {@code GET /api/session}: the page token, whether the server has accounts, and who is logged in. */
    void session(Context ctx) {
        Optional<Account> user = access.user(ctx);
        String sessionId = user.isPresent() ? Sessions.cookie(ctx.req()) : "";
        ctx.json(sessionJson(sessionId, user));
    }

    private Map<String, Object> sessionJson(String sessionId, Optional<Account> user) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("csrfToken", tokens.token(sessionId));
        out.put("csrfHeader", CsrfTokens.HEADER);
        out.put("accounts", access.enabled());
        out.put("user", user.map(Account::view).orElse(null));
        return out;
    }

    /** {@code POST /api/login} with JSON {@code {name, password}}. */
    void login(Context ctx) {
        JsonNode body = ReviewApi.jsonBody(ctx);
        String name = RequestFields.text(body, "name"), password = body.path("password").asText("");
        if (name == null) throw ApiError.badRequest("请输入账号名");
        String address = ctx.ip();
        long wait = throttle.secondsToWait(name, address);
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw new ApiError(429, "登录失败次数过多，请 " + wait + " 秒后再试");
        }
        Optional<Account> a = accounts.verify(name, password);
        if (a.isEmpty()) {
            throttle.failed(name, address);
            audit.record(name, "登录失败", Map.of("address", address));
            throw new ApiError(401, "账号或密码不正确");
        }
        throttle.succeeded(name, address);
        sessions.end(ctx.req()); // a new id on every login: a planted cookie cannot become a session
        Sessions.Session s = sessions.create(name);
        ctx.header("Set-Cookie", Sessions.setCookie(s, "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))));
        audit.record(name, "登录", Map.of("address", address));
        ctx.json(sessionJson(s.id(), a));
    }

    void logout(Context ctx) {
        access.user(ctx).ifPresent(a -> audit.record(a.name(), "退出登录", Map.of()));
        sessions.end(ctx.req());
        ctx.header("Set-Cookie", Sessions.clearCookie());
        ctx.json(sessionJson("", Optional.empty()));
    }

    void list(Context ctx) {
        ctx.json(accounts.list());
    }

    /** {@code POST /api/accounts} with JSON {@code {name, role, password}}: adds or changes an account. */
    void put(Context ctx) {
        JsonNode body = ReviewApi.jsonBody(ctx);
        String name = RequestFields.text(body, "name"), roleName = RequestFields.text(body, "role");
        if (name == null || roleName == null) throw ApiError.badRequest("请给出账号名（name）和角色（role）");
        try {
            Role role = Role.parse(roleName);
            boolean existed = accounts.find(name).isPresent();
            accounts.put(name, role, body.path("password").asText(""));
            sessions.endAll(name); // a new password or role: log in again
            audit.record(access.actor(ctx), existed ? "修改账号" : "新增账号", Map.of("account", name, "role", role.chinese()));
            ctx.status(existed ? 200 : 201).json(accounts.find(name).orElseThrow().view());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    void remove(Context ctx) {
        String name = ctx.pathParam("name");
        try {
            if (!accounts.remove(name)) throw ApiError.notFound("没有这个账号：" + name);
        } catch (IllegalArgumentException e) {
            throw new ApiError(409, e.getMessage());
        }
        sessions.endAll(name);
        audit.record(access.actor(ctx), "删除账号", Map.of("account", name));
        ctx.json(Map.of("removed", name));
    }

    void auditLog(Context ctx) {
        ctx.json(audit.latest(500));
    }
}
