package org.abhilekh.archive.entity;

import java.util.Locale;

/** Why a document that was asked to be public is still staff-only. */
public enum PublicationHold {
    /** Its text is still being read; it goes public by itself once the safeguarding checks find nothing. */
    AWAITING_CHECK,
    /** The checks found something, or could not read the file: an editor decides after reviewing it. */
    HELD;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
