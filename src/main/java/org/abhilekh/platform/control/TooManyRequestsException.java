package org.abhilekh.platform.control;

/**
 * The caller has sent too many requests of one kind; it may try again after the given seconds
 * (HTTP 429 with Retry-After). A {@link BusyException} so the problem mapper adds Retry-After to both.
 */
public class TooManyRequestsException extends BusyException {

    private static final long serialVersionUID = 1L;

    public TooManyRequestsException(String detail, int retryAfterSeconds) {
        super(detail, retryAfterSeconds);
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Too many requests";
    }
}
