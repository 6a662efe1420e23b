package org.abhilekh.blog.control;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.abhilekh.blog.entity.CommentInput;
import org.abhilekh.blog.entity.CommentStatus;

/**
 * What a comment must be to be stored, and whether it is shown at once. Pure logic: limits and word
 * list come in through the constructor (from configuration), so tests check the exact rules.
 */
public final class CommentRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_WEBSITE = 300;
    public static final int MAX_TEXT = 4000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"']+@[^@\\s<>\"']+\\.[^@\\s<>\"']+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    /** The outcome of moderation: the status to store, and why a comment was held (for staff). */
    public record Decision(CommentStatus status, String reason) {
    }

    private final int maxLinks;
    private final List<String> blockedWords;
    private final List<String> reservedNames;
    private final List<String> reservedDomains;

    /**
     * {@code reservedNames} and {@code reservedDomains} are the organisation's own: a commenter using them is
     * never published at once, whoever they are, since only staff speak for the organisation.
     */
    public CommentRules(int maxLinks, List<String> blockedWords, List<String> reservedNames, List<String> reservedDomains) {
        this.maxLinks = maxLinks;
        this.blockedWords = blockedWords.stream().map(String::strip).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        this.reservedNames = reservedNames.stream().map(CommentRules::letters).filter(w -> !w.isBlank()).toList();
        this.reservedDomains = reservedDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty()).toList();
    }

    /** Letters and digits only, lower case, single spaces: "Jharkhand  Child-Rights Forum" and "jharkhand child rights forum" match. */
    private static String letters(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ").strip() + " ";
    }

    private boolean speaksAsTheOrganisation(CommentInput input) {
        String name = letters(input.name());
        String domain = input.email().substring(input.email().lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return reservedNames.stream().anyMatch(name::contains)
                || reservedDomains.stream().anyMatch(reserved -> domain.equals(reserved) || domain.endsWith("." + reserved));
    }

    /**
     * Checks every field and answers the cleaned input (trimmed, control characters removed, empty
     * website dropped). Script payloads are not "cleaned" here: they are stored as typed and
     * escaped on every way out, so what was sent stays visible to moderators as evidence.
     */
    public CommentInput validate(CommentInput input) {
        if (input.honeypot() != null && !input.honeypot().isBlank()) {
            throw new CommentRejectedException("form", "blog.comment.error.rejected", "The comment could not be accepted.");
        }
        String name = clean(input.name());
        String email = clean(input.email());
        String website = clean(input.website());
        String text = input.text() == null ? "" : CONTROL.matcher(input.text()).replaceAll("").strip();
        if (name.isEmpty()) {
            throw new CommentRejectedException("name", "blog.comment.error.nameRequired", "Please give your name.");
        }
        if (name.length() > MAX_NAME) {
            throw new CommentRejectedException("name", "blog.comment.error.nameTooLong", "The name may be at most " + MAX_NAME + " characters long.");
        }
        if (email.isEmpty()) {
            throw new CommentRejectedException("email", "blog.comment.error.emailRequired", "Please give your email address; it will not be published.");
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new CommentRejectedException("email", "blog.comment.error.emailInvalid", "The email address does not look right.");
        }
        if (website.length() > MAX_WEBSITE) {
            throw new CommentRejectedException("website", "blog.comment.error.websiteTooLong", "The website address may be at most " + MAX_WEBSITE + " characters long.");
        }
        if (!website.isEmpty() && !CommentText.isSafeWebsite(website)) {
            throw new CommentRejectedException("website", "blog.comment.error.websiteInvalid", "The website must be an address starting with http:// or https://.");
        }
        if (text.isEmpty()) {
            throw new CommentRejectedException("text", "blog.comment.error.textRequired", "Please write a comment.");
        }
        if (text.length() > MAX_TEXT) {
            throw new CommentRejectedException("text", "blog.comment.error.textTooLong", "The comment may be at most " + MAX_TEXT + " characters long.");
        }
        return new CommentInput(name, email.toLowerCase(Locale.ROOT), website.isEmpty() ? null : website, text,
                input.parentId(), null, input.formToken());
    }

    /**
     * Blocked words make a comment spam; too many links, the organisation's name or mail domain, or a
     * commenter without proof of an approved comment before ({@code knownCommenter}: the same browser and
     * email) hold it for a person; a proven returning commenter is shown at once.
     */
    public Decision moderate(CommentInput input, boolean knownCommenter) {
        String haystack = (input.name() + " " + input.text() + " " + (input.website() == null ? "" : input.website()))
                .toLowerCase(Locale.ROOT);
        for (String word : blockedWords) {
            if (haystack.contains(word)) {
                return new Decision(CommentStatus.SPAM, "contains the blocked word \"" + word + "\"");
            }
        }
        int links = CommentText.countLinks(input.text());
        if (links > maxLinks) {
            return new Decision(CommentStatus.PENDING, links + " links (more than " + maxLinks + ")");
        }
        if (speaksAsTheOrganisation(input)) {
            return new Decision(CommentStatus.PENDING, "uses the organisation's name or mail domain");
        }
        if (!knownCommenter) {
            return new Decision(CommentStatus.PENDING, "no approved comment from this browser under this email");
        }
        return new Decision(CommentStatus.APPROVED, null);
    }

    private static String clean(String value) {
        return value == null ? "" : CONTROL.matcher(value).replaceAll("").strip();
    }
}
