package org.abhilekh.platform.control;

/** The server is healthy but its bounded queue is full; the caller should retry later (HTTP 503). */
public class BusyException extends AbhilekhException {

    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public BusyException(String detail, int retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "Service busy";
    }
}
