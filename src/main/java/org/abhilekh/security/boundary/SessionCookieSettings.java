package org.abhilekh.security.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly and SameSite=Lax always; Secure when the request is HTTPS, or always
 * with {@code abhilekh.cookies.secure=true} (when TLS ends at a proxy and the server sees plain HTTP).
 * Payara ignores the SameSite attribute set here and in web.xml, so the security headers filter also
 * adds it to the cookie Payara writes. Lax rather than Strict: a journalist following a link from an email to a staff page should arrive
 * logged in; every state change is a POST, which Lax never carries across sites.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        if (ConfigProvider.getConfig().getOptionalValue("abhilekh.cookies.secure", Boolean.class).orElse(false)) {
            cookie.setSecure(true);
        }
    }
}
