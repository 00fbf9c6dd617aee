package org.shuzhi.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in browsers of a shared server: a random id in an HttpOnly, SameSite=Strict cookie, kept in
 * memory (a restart logs everybody out, which is the safe direction). A session ends after
 * {@link #IDLE} without requests or {@link #ABSOLUTE} after login, whichever comes first.
 */
final class Sessions {
    static final String COOKIE = "shuzhi_session";
    static final Duration IDLE = Duration.ofHours(2), ABSOLUTE = Duration.ofHours(12);

    record Session(String id, String user, long createdMs, long lastSeenMs) {}

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    Session create(String user) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        long now = clock.millis();
        Session s = new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(b), user, now, now);
        sessions.put(s.id(), s);
        return s;
    }

    /** The request's live session, its idle clock restarted; expired ones are forgotten. */
    Optional<Session> current(HttpServletRequest req) {
        String id = cookie(req);
        if (id.isEmpty()) return Optional.empty();
        Session s = sessions.get(id);
        if (s == null) return Optional.empty();
        long now = clock.millis();
        if (now - s.lastSeenMs() > IDLE.toMillis() || now - s.createdMs() > ABSOLUTE.toMillis()) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(s.id(), s.user(), s.createdMs(), now);
        sessions.put(id, touched);
        return Optional.of(touched);
    }

    void end(HttpServletRequest req) {
        sessions.remove(cookie(req));
    }

    /** Ends every session of an account (removed, or its password changed). */
    void endAll(String user) {
        sessions.values().removeIf(s -> s.user().equals(user));
    }

    /** The session cookie's value, or "" (the page token of a browser without a session). */
    static String cookie(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies != null) for (Cookie c : cookies) if (COOKIE.equals(c.getName())) return c.getValue();
        return "";
    }

    static String setCookie(Session s, boolean secure) {
        return COOKIE + "=" + s.id() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + ABSOLUTE.toSeconds() + (secure ? "; Secure" : "");
    }

    static String clearCookie() {
        return COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
    }
}
