package org.abhilekh.presskit.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.presskit.entity.Bilingual;
import org.abhilekh.presskit.entity.MediaContact;
import org.abhilekh.presskit.entity.PressRoomContent;

/**
 * What the press room's words may be, and how a change reads in the audit trail. Texts are stripped, an empty Hindi
 * text becomes null (the English one is shown instead), and a contact needs a name, a role in English and an email
 * address or a phone number that a link can carry. The pages escape whatever is written; these limits keep the press
 * room readable and the links working.
 */
public final class PressRoomRules {

    public static final int MAX_ABOUT = 4000;
    public static final int MAX_HELPLINE = 1000;
    public static final int MAX_CONTACTS = 10;
    public static final int MAX_NAME = 200;
    public static final int MAX_ROLE = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 40;

    /** A plain address: no spaces, quotes or angle brackets, one @, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    /** Digits with the usual separators, an optional leading plus. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{2,38}");
    /** The audit entry's column holds 8,000 characters. */
    private static final int MAX_AUDIT_DETAILS = 7_900;

    private PressRoomRules() {
    }

    /** The content as it will be stored, or a {@link BadInputException} saying what to fix. */
    public static PressRoomContent checked(Bilingual about, Bilingual helpline, List<MediaContact> contacts) {
        Bilingual checkedAbout = text("About us", about, MAX_ABOUT);
        Bilingual checkedHelpline = text("A child in danger now", helpline, MAX_HELPLINE);
        if (contacts.size() > MAX_CONTACTS) {
            throw new BadInputException("The press room lists at most " + MAX_CONTACTS + " media contacts.");
        }
        List<MediaContact> checkedContacts = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            checkedContacts.add(contact(i + 1, contacts.get(i)));
        }
        return new PressRoomContent(0, checkedAbout, checkedHelpline, checkedContacts);
    }

    private static Bilingual text(String what, Bilingual text, int max) {
        String en = strip(text == null ? null : text.en());
        String hi = strip(text == null ? null : text.hi());
        if (en == null) {
            throw new BadInputException("Write the English text of \"" + what + "\"; the Hindi one may stay empty.");
        }
        if (en.length() > max || (hi != null && hi.length() > max)) {
            throw new BadInputException("\"" + what + "\" is longer than " + max + " characters.");
        }
        return new Bilingual(en, hi);
    }

    private static MediaContact contact(int number, MediaContact contact) {
        String name = strip(contact.name());
        String roleEn = strip(contact.role() == null ? null : contact.role().en());
        String roleHi = strip(contact.role() == null ? null : contact.role().hi());
        String email = strip(contact.email());
        String phone = strip(contact.phone());
        String which = "Media contact " + number + ": ";
        if (name == null || roleEn == null) {
            throw new BadInputException(which + "give a name and a role in English.");
        }
        if (name.length() > MAX_NAME || roleEn.length() > MAX_ROLE || (roleHi != null && roleHi.length() > MAX_ROLE)) {
            throw new BadInputException(which + "a name or role is longer than " + MAX_NAME + " characters.");
        }
        if (email == null && phone == null) {
            throw new BadInputException(which + "give an email address or a phone number.");
        }
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new BadInputException(which + "write the email address plainly, like media@example.org.");
        }
        if (phone != null && (phone.length() > MAX_PHONE || !PHONE.matcher(phone).matches())) {
            throw new BadInputException(which + "write the phone number with digits, spaces and an optional leading +, like +91 651 200 0123.");
        }
        if (name.lines().count() > 1 || roleEn.lines().count() > 1 || (roleHi != null && roleHi.lines().count() > 1)) {
            throw new BadInputException(which + "a name or role is one line.");
        }
        return new MediaContact(name, new Bilingual(roleEn, roleHi), email, phone);
    }

    /** What changed, old and new, for the audit trail; empty when nothing did. */
    public static String changes(PressRoomContent before, PressRoomContent after) {
        StringBuilder text = new StringBuilder();
        change(text, "about (en)", before.about().en(), after.about().en());
        change(text, "about (hi)", before.about().hi(), after.about().hi());
        change(text, "helpline (en)", before.helpline().en(), after.helpline().en());
        change(text, "helpline (hi)", before.helpline().hi(), after.helpline().hi());
        if (!before.contacts().equals(after.contacts())) {
            text.append(text.isEmpty() ? "" : "; ").append("contacts ").append(contacts(before.contacts())).append(" -> ")
                    .append(contacts(after.contacts()));
        }
        return text.length() > MAX_AUDIT_DETAILS ? text.substring(0, MAX_AUDIT_DETAILS) + "\u2026" : text.toString();
    }

    private static void change(StringBuilder text, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            text.append(text.isEmpty() ? "" : "; ").append(field).append(": \"").append(before == null ? "" : before)
                    .append("\" -> \"").append(after == null ? "" : after).append('"');
        }
    }

    private static String contacts(List<MediaContact> contacts) {
        return contacts.stream().map(c -> c.name() + " (" + c.role().en() + ", " + (c.email() == null ? "" : c.email()) + ", "
                + (c.phone() == null ? "" : c.phone()) + ")").toList().toString();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
