package org.abhilekh.platform.control;

/** The thing asked for does not exist, or the caller may not know it exists (HTTP 404). */
public class NotFoundException extends AbhilekhException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super(detail);
    }

    public NotFoundException(String detail, Throwable cause) {
        super(detail, cause);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
