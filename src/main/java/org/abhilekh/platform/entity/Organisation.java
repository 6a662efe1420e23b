package org.abhilekh.platform.entity;

import java.time.ZoneId;

/**
 * The organisation whose archive this is, named once: credit lines, feeds, kit READMEs and structured data
 * carry its name, and every date a person types or reads is in its time zone (staff type "10:00" meaning
 * Ranchi's ten o'clock, and a day in the audit filter is Ranchi's day).
 */
public final class Organisation {

    public static final String NAME = "Jharkhand Child Rights Forum";
    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    private Organisation() {
    }
}
