package org.abhilekh.blog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The proof a returning commenter carries: a random secret in an HttpOnly cookie of the browser that
 * comments. The comment keeps only a hash of it. When a person approves a comment, later comments from
 * the same browser under the same email are published at once; anyone else using that email, from
 * another browser or through the API, waits for moderation like a first-time commenter.
 */
@ApplicationScoped
public class CommenterCookie {

    static final String NAME = "abhilekh-commenter";
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "abhilekh.cookies.secure", defaultValue = "false")
    boolean alwaysSecure;

    /** The key of this browser, giving it a secret first if it has none. */
    public String keyOf(HttpServletRequest request, HttpServletResponse response) {
        String secret = null;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (NAME.equals(cookie.getName()) && SECRET.matcher(cookie.getValue()).matches()) {
                    secret = cookie.getValue();
                }
            }
        }
        if (secret == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Cookie cookie = new Cookie(NAME, secret);
            cookie.setHttpOnly(true);
            cookie.setSecure(alwaysSecure || request.isSecure());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR_SECONDS);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        return hash(secret);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
