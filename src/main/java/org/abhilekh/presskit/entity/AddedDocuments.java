package org.abhilekh.presskit.entity;

import java.util.List;

/** What adding several documents to a kit did: those added, in order, and those the kit held already. */
public record AddedDocuments(List<Long> added, List<Long> alreadyInKit, KitView kit) {
}
