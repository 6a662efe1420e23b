package org.abhilekh.presskit.entity;

import java.time.LocalDate;

/** How staff describe a kit-only file: what it is, whose it is and on what terms it may be reused. */
public record AssetDescription(String title, LocalDate date, String fileName, String mediaType,
                               String caption, String credit, String licence) {
}
