package org.abhilekh.platform.control;

/** The caller sent more than the configured limit (HTTP 413). */
public class PayloadTooLargeException extends AbhilekhException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(String detail) {
        super(detail);
    }

    public PayloadTooLargeException(String detail, Throwable cause) {
        super(detail, cause);
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String title() {
        return "Payload too large";
    }
}
