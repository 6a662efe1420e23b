package org.abhilekh.platform.boundary;

/**
 * The names of the refusals many API methods share (not allowed, a body too large or not JSON), described once in
 * {@link JaxRsConfiguration}'s OpenAPI components and named by each method as
 * {@code @APIResponse(responseCode = "401", ref = Refusals.NOT_LOGGED_IN)}.
 */
public final class Refusals {

    public static final String NOT_LOGGED_IN = "NotLoggedIn";
    public static final String NOT_STAFF = "NotStaff";
    public static final String NOT_EDITOR = "NotEditor";
    public static final String NOT_ADMINISTRATOR = "NotAdministrator";
    public static final String TOO_LARGE = "TooLarge";
    public static final String NOT_JSON = "NotJson";

    private Refusals() {
    }
}
