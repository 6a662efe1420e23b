package org.abhilekh.platform.control;

/** The caller is known but may not do this (HTTP 403). */
public class ForbiddenException extends AbhilekhException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String detail) {
        super(detail);
    }

    public ForbiddenException(String detail, Throwable cause) {
        super(detail, cause);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
