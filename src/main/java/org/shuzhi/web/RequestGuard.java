package org.shuzhi.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shuzhi.review.Json;

/**
 * The first thing every request meets, pages and API alike, before Javalin routes it or Jetty parses a
 * form: only the allowed Host names are answered (a page on another name that resolves to this machine,
 * DNS rebinding, gets nothing); a state-changing request from a browser must come from this server's own
 * origin and carry the page's token (cross-site forms and {@code no-cors} fetches are refused before any
 * byte of their body is read); every answer carries the headers that keep pages from being framed,
 * sniffed or fed inline script; and a body is counted as it arrives, chunked or not.
 *
 * <p>Requests with none of a browser's marks (no Origin, Sec-Fetch-Site, Referer or Cookie) are scripts
 * and command-line clients, which a web page cannot forge: every browser sends Origin on a cross-origin
 * POST. They pass the origin and token checks; the Host check applies to them too.
 */
final class RequestGuard implements Filter {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Set<String> allowedHosts;
    private final CsrfTokens tokens;
    private final long maxBodyBytes;

    /** @param allowedHosts lower-case host names without port ({@code ::1} without brackets) */
    RequestGuard(Set<String> allowedHosts, CsrfTokens tokens, long maxBodyBytes) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.tokens = tokens;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        HEADERS.forEach(res::setHeader);
        if (req.getRequestURI().startsWith("/api/")) res.setHeader("Cache-Control", "no-store");
        String host = req.getHeader("Host");
        if (!allowedHost(host)) {
            refuse(req, res, 421, "此服务不接受主机名“" + (host == null ? "（未给出）" : clip(host)) + "”的请求：只回答 "
                    + String.join("、", allowedHosts) + "（部署在其他名称下时用 serve --allowed-host 指定）");
            return;
        }
        if (!SAFE_METHODS.contains(req.getMethod().toUpperCase(Locale.ROOT)) && fromBrowser(req)) {
            if (!sameOrigin(req, host)) {
                refuse(req, res, 403, "拒绝来自其他网站的请求：修改类操作只能在本服务自己的页面上进行");
                return;
            }
            if (!tokens.valid(Sessions.cookie(req), req.getHeader(CsrfTokens.HEADER))) {
                refuse(req, res, 403, "页面凭据缺失或已过期（服务可能已重启），请刷新页面后重试");
                return;
            }
        }
        if (req.getContentLengthLong() > maxBodyBytes) {
            refuse(req, res, 413, WebServer.tooLarge().getMessage());
            return;
        }
        chain.doFilter(new CountedBody(req, maxBodyBytes), response);
    }

    boolean allowedHost(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) return false;
        return allowedHosts.contains(hostName(hostHeader));
    }

    /** The name part of a Host header: lower case, no port, no brackets around an IPv6 address. */
    static String hostName(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.lastIndexOf(':');
        if (colon >= 0 && h.indexOf(':') == colon) h = h.substring(0, colon);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static boolean fromBrowser(HttpServletRequest req) {
        return req.getHeader("Origin") != null || req.getHeader("Sec-Fetch-Site") != null
                || req.getHeader("Referer") != null || req.getHeader("Cookie") != null;
    }

    /**
     * Origin (or, where a browser sent none, Sec-Fetch-Site and then Referer) names this server as the Host
     * header does. Only the authority is compared: behind the department's HTTPS proxy the browser's scheme
     * is https while the proxy speaks http to us.
     */
    private static boolean sameOrigin(HttpServletRequest req, String host) {
        String origin = req.getHeader("Origin");
        if (origin != null) return sameAuthority(origin, host);
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null) return site.equalsIgnoreCase("same-origin");
        return sameAuthority(req.getHeader("Referer"), host);
    }

    static boolean sameAuthority(String url, String host) {
        if (url == null || url.equals("null")) return false;
        try {
            URI u = URI.create(url.strip());
            if (u.getHost() == null) return false;
            int port = u.getPort() >= 0 ? u.getPort() : defaultPort(u.getScheme());
            return authority(u.getHost(), port).equals(authority(hostName(host), portOf(host, defaultPort(u.getScheme()))));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String authority(String name, int port) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("[")) n = n.substring(1, n.length() - 1);
        return n + ":" + port;
    }

    private static int portOf(String hostHeader, int dflt) {
        String h = hostHeader.strip();
        int colon = h.lastIndexOf(':');
        if (colon < 0 || h.lastIndexOf(']') > colon || (!h.startsWith("[") && h.indexOf(':') != colon)) return dflt;
        try {
            return Integer.parseInt(h.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static String clip(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }

    /** Refused before the body is read; Jetty then drops the unread body with the connection. */
    private static void refuse(HttpServletRequest req, HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        res.setHeader("Connection", "close");
        if (req.getRequestURI().startsWith("/api/")) {
            res.setContentType("application/json;charset=utf-8");
            res.getOutputStream().write(Json.MAPPER.writeValueAsBytes(Map.of("error", message)));
        } else if (LanguageToolApi.isProtocolPath(req.getRequestURI())) {
            // LanguageTool's clients read a refusal as plain text
            res.setContentType("text/plain;charset=utf-8");
            res.getOutputStream().write(("Error: " + message).getBytes(StandardCharsets.UTF_8));
        } else {
            res.setContentType("text/plain;charset=utf-8");
            res.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A body that fails as soon as more than the limit has arrived, whatever the Content-Length said. */
    static final class CountedBody extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream counted;

        CountedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) counted = new Counting(super.getInputStream(), limit);
            return counted;
        }
    }

    /** Thrown while reading a body past the limit; answered 413. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body over the limit");
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private int count(int n) throws IOException {
            if (n > 0 && (read += n) > limit) throw new BodyTooLargeException();
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
