package org.abhilekh.platform.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

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

    /** Members the problem document carries besides type, title, status, detail and instance (RFC 9457 extensions). */
    public JsonObject extensions() {
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
