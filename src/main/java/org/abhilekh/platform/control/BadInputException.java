package org.abhilekh.platform.control;

/** The caller sent something malformed or out of range (HTTP 400). */
public class BadInputException extends AbhilekhException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String detail) {
        super(detail);
    }

    public BadInputException(String detail, Throwable cause) {
        super(detail, cause);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Bad request";
    }
}
