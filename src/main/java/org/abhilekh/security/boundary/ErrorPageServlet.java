package org.abhilekh.security.boundary;

import jakarta.faces.application.ViewExpiredException;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Where the container sends every error (web.xml): API addresses get an RFC 9457 problem document,
 * pages get the friendly error page; neither ever carries a stack trace or the server's name. A
 * failure of ours is logged with an incident id that the caller is shown. A JSF form whose view state
 * is unknown (expired, or forged on another site), or that lacks the page's CSP nonce, is a 400, not a
 * 500: nothing happened, and the person only has to load the page again.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    /** Request attribute for error.xhtml: the message key to show. */
    public static final String MESSAGE_KEY = "org.abhilekh.errorMessageKey";
    public static final String INCIDENT = "org.abhilekh.incident";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 500;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String incident = null;
        if (causedBy(failure, ViewExpiredException.class) || causedBy(failure, CspException.class)) {
            status = 400;
            request.setAttribute(MESSAGE_KEY, "error.expired");
        } else if (status >= 500) {
            incident = UUID.randomUUID().toString();
            String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            LOG.log(Level.SEVERE, "Incident " + incident + " at " + uri, failure);
            request.setAttribute(INCIDENT, incident);
        }
        request.setAttribute(MESSAGE_KEY, request.getAttribute(MESSAGE_KEY) == null ? messageKey(status) : request.getAttribute(MESSAGE_KEY));
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            problem(response, status, uri, incident);
        } else if ("HEAD".equals(request.getMethod())) {
            response.setContentLength(0);
        } else {
            // Written here, without JSF: after an exception the failed request's JSF state is spent
            // (its request-scoped beans hold a released context), and a forward from an error
            // dispatch into JSF loses Payara's authorization context (isUserInRole fails).
            plainPage(request, response, (String) request.getAttribute(MESSAGE_KEY), incident);
        }
    }

    private static void plainPage(HttpServletRequest request, HttpServletResponse response, String key, String incident) throws IOException {
        Locale locale = hindi(request) ? Locale.forLanguageTag("hi") : Locale.ENGLISH;
        ResourceBundle messages = ResourceBundle.getBundle("messages", locale, Thread.currentThread().getContextClassLoader());
        String context = request.getContextPath();
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + messages.getString("error.title")
                + " · " + messages.getString("site.name") + "</title><link rel=\"stylesheet\" href=\"" + context + "/resources/css/site.css\"/>"
                + "</head><body><header class=\"site-header\"><div class=\"bar\"><a class=\"brand\" href=\"" + context + "/search/\">"
                + "<img src=\"" + context + "/resources/images/logo.svg\" alt=\"\" width=\"40\" height=\"40\"/><span class=\"brand-text\">"
                + "<span class=\"brand-name\">" + messages.getString("site.name") + "</span><span class=\"brand-org\">"
                + messages.getString("site.org") + "</span></span></a><nav class=\"site-nav\" aria-label=\"" + messages.getString("nav.label") + "\">"
                + "<a href=\"" + context + "/search/\">" + messages.getString("nav.search") + "</a><a href=\"" + context + "/press/\">"
                + messages.getString("nav.press") + "</a><a href=\"" + context + "/blog/\">" + messages.getString("nav.blog") + "</a></nav></div></header>"
                + "<main id=\"main\" class=\"page\"><div class=\"empty\"><h1>" + messages.getString("error.title") + "</h1>"
                + "<p id=\"error-message\">" + messages.getString(key) + "</p>"
                + (incident == null ? "" : "<p class=\"muted\">" + incident + "</p>")
                + "<p><a href=\"" + context + "/search/\">" + messages.getString("error.home") + "</a></p></div></main></body></html>");
    }

    private static boolean hindi(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("abhilekh-lang".equals(cookie.getName())) {
                    return "hi".equals(cookie.getValue());
                }
            }
        }
        return "hi".equals(request.getLocale().getLanguage());
    }

    private static String messageKey(int status) {
        return switch (status) {
            case 404, 410 -> "error.notFound";
            case 400, 405, 411, 413, 414, 415, 431 -> "error.badRequest";
            case 401, 403 -> "error.forbidden";
            default -> "error.general";
        };
    }

    private static void problem(HttpServletResponse response, int status, String uri, String incident) throws IOException {
        String detail = switch (status) {
            case 400 -> "The request is malformed.";
            // The container answers 401 for API paths that need an account (web.xml), before the application runs.
            case 401 -> "Log in as staff to do this.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 413 -> "The request is larger than allowed.";
            default -> incident == null ? "The request could not be handled."
                    : "Something went wrong on our side. Quote incident " + incident + " when reporting it.";
        };
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", "about:blank").add("title", title(status))
                .add("status", status).add("detail", detail).add("instance", uri);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.build().toString());
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Content too large";
            default -> status >= 500 ? "Internal server error" : "Error";
        };
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
