package org.abhilekh.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * The interface language, English or Hindi, remembered in a cookie so that a page's URL is the same
 * in both languages. Without a choice, the browser's preference decides.
 */
@Named
@RequestScoped
public class LanguagePreference {

    public static final String COOKIE = "abhilekh-lang";
    static final Locale HINDI = Locale.forLanguageTag("hi");

    public Locale getLocale() {
        HttpServletRequest request = Faces.getRequest();
        // The cookie by hand: Faces.getRequestCookie URL-decodes, and a malformed value would fail the page.
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            String chosen = Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                    .findFirst().orElse(null);
            if (chosen != null) {
                return "hi".equals(chosen) ? HINDI : Locale.ENGLISH;
            }
        }
        return "hi".equals(request.getLocale().getLanguage()) ? HINDI : Locale.ENGLISH;
    }

    public boolean isHindi() {
        return "hi".equals(getLocale().getLanguage());
    }

    /** The link that switches to the other language and comes back to this very page. */
    public String getSwitchUrl() {
        HttpServletRequest request = Faces.getRequest();
        // By hand: Faces.getRequestQueryString falls back to the forwarded-to query when the original had none.
        String here = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (here == null) {
            here = request.getRequestURI();
            query = request.getQueryString();
        }
        String back = here.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
        return request.getContextPath() + "/language?to=" + (isHindi() ? "en" : "hi") + "&back="
                + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8);
    }
}
