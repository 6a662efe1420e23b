package org.abhilekh.archive.entity;

/**
 * One outlet however it is typed: the name the archive keeps on a clipping for the one its describer typed. The
 * coverage feature keeps the managed outlet list and implements this, so the archive asks without knowing it.
 */
public interface OutletSpelling {

    /** The kept name for what was typed; the clipping's medium and language describe an outlet not seen before. */
    String canonical(String typed, String medium, String language);
}
