package org.abhilekh.platform.control;

/**
 * A failure the caller can understand and act on. Each subclass carries the HTTP status that tells
 * the truth about it; the detail is written for a person and never contains internals.
 */
public abstract class AbhilekhException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected AbhilekhException(String detail) {
        super(detail);
    }

    protected AbhilekhException(String detail, Throwable cause) {
        super(detail, cause);
    }

    public abstract int status();

    public abstract String title();
}
