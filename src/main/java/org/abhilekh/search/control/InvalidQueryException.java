package org.abhilekh.search.control;

import org.abhilekh.platform.control.BadInputException;

/** The query text cannot be understood; the message says what to change. */
public class InvalidQueryException extends BadInputException {

    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
