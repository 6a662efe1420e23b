package org.abhilekh.platform.boundary;

/**
 * The names of the refusals many API methods share, described once in {@link JaxRsConfiguration}'s OpenAPI components
 * and named by each method as {@code @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)}.
 */
public final class Refusals {

    public static final String NOT_LOGGED_IN = "NotLoggedIn";
    public static final String NOT_STAFF = "NotStaff";
    public static final String NOT_EDITOR = "NotEditor";
    public static final String NOT_ADMINISTRATOR = "NotAdministrator";

    private Refusals() {
    }
}
