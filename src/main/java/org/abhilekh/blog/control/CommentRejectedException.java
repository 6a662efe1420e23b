package org.abhilekh.blog.control;

import org.abhilekh.platform.control.BadInputException;

/**
 * A comment that cannot be accepted as sent (HTTP 400). It names the field and a message key, so the
 * comment form can say what to fix in the reader's language next to what they typed.
 */
public class CommentRejectedException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public CommentRejectedException(String field, String messageKey, String detail) {
        super(detail);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
