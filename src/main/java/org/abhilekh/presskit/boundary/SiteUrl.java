package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.abhilekh.platform.control.PublicAddress;

/** The site's address for stable links in README files and citations: the configured public one, else as the caller reached it. */
@ApplicationScoped
public class SiteUrl {

    @Inject
    PublicAddress publicAddress;

    public String of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return publicAddress.origin(scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath());
    }
}
