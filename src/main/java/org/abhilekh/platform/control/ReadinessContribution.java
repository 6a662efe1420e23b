package org.abhilekh.platform.control;

/**
 * Something readiness waits for, reported by the feature that owns it: the archive its blob store, search its
 * index. Readiness finds every implementation through CDI, so it names no feature; each one appears in the
 * readiness data under its {@link #name()}, and the server is ready only when all of them are.
 */
public interface ReadinessContribution {

    /** Its key in the readiness data, such as {@code blobStore}. */
    String name();

    /** Whether it is ready now; asked on every readiness call, so it must be cheap. */
    boolean isReady();

    /** Further readiness data it reports, by key (such as the search cluster's health); none by default. */
    default java.util.Map<String, String> details() {
        return java.util.Map.of();
    }
}
