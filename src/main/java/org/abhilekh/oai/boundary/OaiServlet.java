package org.abhilekh.oai.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.abhilekh.platform.control.PublicAddress;

/**
 * {@code /oai}: the OAI-PMH 2.0 base URL, public, for GET and for POST with a form body as the protocol allows.
 * Answers {@code text/xml}; what a harvester got wrong is a protocol error in the XML (badVerb, badArgument, ...) with
 * status 200, as the protocol wants. A stranger's request is bounded: a short body, few and short arguments.
 */
@WebServlet("/oai")
public class OaiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int MAX_BODY_BYTES = 4_096;

    @Inject
    transient Harvesting harvesting;

    @Inject
    transient PublicAddress publicAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Form parameters are read whole, so a body is read only when its length is known and small.
        long length = request.getContentLengthLong();
        if (length < 0) {
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED, "An OAI-PMH request by POST names its length.");
            return;
        }
        if (length > MAX_BODY_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "An OAI-PMH request has at most " + MAX_BODY_BYTES + " bytes.");
            return;
        }
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = harvesting.answer(request.getParameterMap(), publicAddress.origin(origin(request)));
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Absolute addresses as the harvester reached us, including the context path. */
    static String origin(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
