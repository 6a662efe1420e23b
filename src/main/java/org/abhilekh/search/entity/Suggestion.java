package org.abhilekh.search.entity;

/**
 * One completion for what is being typed: a document title (with the document's address) or a facet
 * value such as an outlet or topic (with the filter that selects it).
 */
public record Suggestion(String text, String kind, String url, String filter, long count) {
}
