package org.abhilekh.platform.control;

/** The request clashes with what is already stored (HTTP 409). */
public class ConflictException extends AbhilekhException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(detail);
    }

    public ConflictException(String detail, Throwable cause) {
        super(detail, cause);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
