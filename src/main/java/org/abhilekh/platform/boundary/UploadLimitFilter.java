package org.abhilekh.platform.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.abhilekh.platform.control.PayloadTooLargeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The upload limit, enforced on the bytes as they arrive rather than after they are read: an upload
 * that declares more than the limit is answered 413 before a byte is read, and one that does not say
 * (chunked) or says less than it sends is cut off with 413 the moment it passes the limit. Only
 * callers with an account get here (web.xml makes the container ask for one first), so a stranger's
 * upload is refused with 401 unread. It guards every address that takes files: documents and their redacted
 * copies, and press-kit files.
 */
@WebFilter(urlPatterns = {"/api/documents", "/api/documents/*", "/api/presskits/*"}, asyncSupported = true)
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Multipart framing and the description part add a little to the file itself. */
    private static final long FRAMING_BYTES = 1_048_576;

    @Inject
    @ConfigProperty(name = "abhilekh.upload.max-bytes", defaultValue = "104857600")
    long maxUploadBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long limit = maxUploadBytes + FRAMING_BYTES;
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response);
            return;
        }
        try {
            chain.doFilter(new Limited(request, limit), response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByLimit(e)) {
                throw e;
            }
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(request, response);
            }
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", "Content too large").add("status", 413)
                .add("detail", "The upload is larger than the limit of " + maxUploadBytes + " bytes.").add("instance", request.getRequestURI())
                .build().toString());
    }

    private static boolean causedByLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PayloadTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** The request, whose body stops with {@link PayloadTooLargeException} once it passes the limit. */
    private final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountingStream(super.getInputStream(), limit);
            }
            return counted;
        }
    }

    private final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = in.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException("The upload is larger than the limit of " + maxUploadBytes + " bytes.");
            }
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
