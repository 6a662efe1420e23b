package org.abhilekh.presskit.boundary;

import jakarta.servlet.http.HttpServletRequest;

/** The site's address as the caller reached it, for stable links in README files and citations. */
final class SiteUrl {

    private SiteUrl() {
    }

    static String of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
