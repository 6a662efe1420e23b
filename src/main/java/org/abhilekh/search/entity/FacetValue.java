package org.abhilekh.search.entity;

/** One value of a facet with the number of matching documents, and whether the caller selected it. */
public record FacetValue(String value, long count, boolean selected) {
}
