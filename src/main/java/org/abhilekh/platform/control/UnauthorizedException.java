package org.abhilekh.platform.control;

/** The caller has not logged in, or the credentials are wrong (HTTP 401). */
public class UnauthorizedException extends AbhilekhException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String detail) {
        super(detail);
    }

    public UnauthorizedException(String detail, Throwable cause) {
        super(detail, cause);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String title() {
        return "Unauthorized";
    }
}
