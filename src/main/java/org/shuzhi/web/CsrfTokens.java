package org.shuzhi.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token a page sends with every state-changing request (header {@value #HEADER}), beside the Origin
 * check. Pages fetch it from {@code GET /api/session}; another site can neither read that answer (no CORS)
 * nor reach it under its own name (only allowed Host names are answered). The key is new on every start, so
 * a page left open across a restart is told to reload rather than silently accepted.
 */
final class CsrfTokens {
    static final String HEADER = "X-CSRF-Token";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key = new byte[32];

    CsrfTokens() {
        new SecureRandom().nextBytes(key);
    }

    /**
     * The page token of a browser's session ({@code ""} before login, and on the single-user server
     * without accounts, where every page shares it: what it guards against is another site, which can
     * never read it).
     */
    String token(String session) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(("csrf:" + session).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean valid(String session, String presented) {
        if (presented == null || presented.isEmpty()) return false;
        // constant time: the comparison must not tell an attacker how much of a guess was right
        return MessageDigest.isEqual(token(session).getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
