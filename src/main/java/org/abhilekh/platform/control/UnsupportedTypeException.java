package org.abhilekh.platform.control;

/** The caller sent a kind of file or body that is not accepted (HTTP 415). */
public class UnsupportedTypeException extends AbhilekhException {

    private static final long serialVersionUID = 1L;

    public UnsupportedTypeException(String detail) {
        super(detail);
    }

    public UnsupportedTypeException(String detail, Throwable cause) {
        super(detail, cause);
    }

    @Override
    public int status() {
        return 415;
    }

    @Override
    public String title() {
        return "Unsupported media type";
    }
}
