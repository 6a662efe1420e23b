package org.abhilekh.presskit.entity;

/**
 * A person journalists may call or write to: public information an editor chose to show. The name is written once, in
 * the script the person uses; the role in English and Hindi. At least one of email and phone is given.
 */
public record MediaContact(String name, Bilingual role, String email, String phone) {

    /** The phone number as a {@code tel:} link wants it: a leading plus and digits only. */
    public String telephoneUri() {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return "tel:" + (phone.strip().startsWith("+") ? "+" : "") + digits;
    }

    /** "hi" when the name is written in Devanagari, so the page can tell a screen reader how to say it. */
    public String nameLanguage() {
        return name != null && name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.DEVANAGARI) ? "hi" : "en";
    }
}
