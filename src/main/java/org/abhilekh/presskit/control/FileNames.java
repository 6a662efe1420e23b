package org.abhilekh.presskit.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names that are safe wherever a kit ends up: slugs in URLs, entry names inside the ZIP (no paths,
 * no "..", nothing a Windows unpacker refuses) and the download's Content-Disposition header.
 */
public final class FileNames {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

    private FileNames() {
    }

    public static boolean isSlug(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    /** A slug from a title: lowercase ASCII letters, digits and single hyphens; "kit" if nothing is left. */
    public static String slugOf(String title) {
        String slug = asciiSlug(title);
        return slug.isEmpty() ? "kit" : slug;
    }

    private static String asciiSlug(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug;
    }

    /**
     * An entry name inside the ZIP: the item's position keeps the kit's order when unpacked, the
     * original extension keeps the file openable, and everything else is reduced to safe ASCII.
     */
    public static String entryName(int position, String title, String originalName) {
        String extension = extension(originalName);
        String base = asciiSlug(title);
        if (!base.matches(".*[a-z].*")) {
            // A title in Devanagari leaves no ASCII words (at most its digits); the original file name describes it better.
            String name = originalName == null ? "" : originalName.replaceAll(".*[/\\\\]", "");
            base = slugOf(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        }
        return String.format(Locale.ROOT, "%02d-%s%s", position, base, extension);
    }

    static String extension(String name) {
        if (name == null) {
            return "";
        }
        String last = name.replaceAll(".*[/\\\\]", "");
        int dot = last.lastIndexOf('.');
        if (dot <= 0 || dot == last.length() - 1) {
            return "";
        }
        String extension = last.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return extension.isEmpty() || extension.length() > 8 ? "" : "." + extension;
    }

}
