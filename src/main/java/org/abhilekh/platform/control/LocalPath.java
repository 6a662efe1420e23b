package org.abhilekh.platform.control;

/** Checks redirect targets that come from a request, so no page can be used to send people to another site. */
public final class LocalPath {

    public static final String HOME = "/search/";

    private LocalPath() {
    }

    /** The given path if it is a plain path on this site, otherwise the home page. */
    public static String orHome(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(Character::isISOControl) || path.length() > 2000) {
            return HOME;
        }
        return path;
    }
}
