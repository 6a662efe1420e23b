package org.abhilekh.platform.entity;

/**
 * What a decision made of a tally: the tally to store (null: delete it) and the answer for the caller.
 *
 * @param <R> the caller's answer, such as "allowed" or "wait this long"
 */
public record TallyChange<R>(Tally tally, R answer) {
}
