package org.abhilekh.safeguarding.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Contacts published on purpose ({@code known-contacts.txt}: helplines, the organisation's press contacts and
 * mail domains) and office mailboxes ({@code public-mailboxes.txt}): never findings.
 */
final class KnownContacts {

    private final Set<String> numbers = new HashSet<>();
    private final Set<String> addresses = new HashSet<>();
    private final List<String> domains = new ArrayList<>();
    private final Set<String> roleMailboxes = new HashSet<>();
    private final List<String> publicDomains = new ArrayList<>();

    KnownContacts(Path folder, PhoneNumberUtil phones) {
        for (String entry : WordListFile.read(folder, "known-contacts.txt").all()) {
            String lower = entry.toLowerCase(Locale.ROOT);
            if (lower.startsWith("@")) {
                domains.add(lower.substring(1));
            } else if (lower.contains("@")) {
                addresses.add(lower);
            } else {
                numbers.add(digits(entry));
                try {
                    numbers.add(key(phones.parse(entry, "IN")));
                } catch (NumberParseException e) {
                    // a short code such as 1098: its digits are enough
                }
            }
        }
        for (String entry : WordListFile.read(folder, "public-mailboxes.txt").all()) {
            String lower = entry.toLowerCase(Locale.ROOT);
            if (lower.startsWith("@")) {
                publicDomains.add(lower.substring(1));
            } else if (lower.endsWith("@")) {
                roleMailboxes.add(lower.substring(0, lower.length() - 1));
            } else {
                throw new IllegalStateException("public-mailboxes.txt: '" + entry + "' is neither name@ nor @domain");
            }
        }
    }

    boolean knownNumber(PhoneNumber number) {
        return numbers.contains(key(number)) || numbers.contains(String.valueOf(number.getNationalNumber()));
    }

    /** Whether an address is the organisation's own, a published contact, or an office's. */
    boolean notPrivate(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        String local = lower.substring(0, at);
        String domain = lower.substring(at + 1);
        return addresses.contains(lower) || roleMailboxes.contains(local) || within(domain, domains)
                || within(domain, publicDomains);
    }

    private static boolean within(String domain, List<String> parents) {
        for (String parent : parents) {
            if (domain.equals(parent) || domain.endsWith("." + parent)) {
                return true;
            }
        }
        return false;
    }

    private static String key(PhoneNumber number) {
        return "+" + number.getCountryCode() + number.getNationalNumber();
    }

    private static String digits(String entry) {
        return entry.replaceAll("\\D", "");
    }
}
