package org.abhilekh.safeguarding.control;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * Indian phone numbers, found by Google's libphonenumber with the leniency VALID: only numbers that fit
 * India's numbering plan (mobile series, STD codes and their lengths) in any usual spelling (+91 98350 12345,
 * 09835012345, 98350-12345, (0651) 234 5678) and in any script's digits (९८३५०१२३४५). Dates, case numbers,
 * years, amounts and 12-digit numbers do not fit the plan and are not found. Hand-written only what
 * libphonenumber does not look at, the characters around and inside a number: one right after a currency
 * sign, glued into a longer word ("news-24-2023-12-05-sahibganj", a file name), holding a date or running over
 * a sentence break ("on 12-03-2021. 14 girls" reads as a Ghaziabad number), or ending in the hour of a time
 * ("1 of 1 15.9.2007 11:02", a printed page's footer) is not a phone number. Not findings:
 * published contacts, and toll-free, premium and shared-cost lines, which belong to organisations.
 */
final class PhoneNumberDetector implements TextDetector {

    private static final Set<PhoneNumberType> NOT_PRIVATE = Set.of(PhoneNumberType.TOLL_FREE,
            PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN);
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?i)(?:(?<!\\p{L})(?:rs\\.?|inr|रु\\.?|रुपये)|₹)\\s*$");

    /**
     * A date at the start ("12-03-2021. 14" read as a Ghaziabad number) or anywhere inside ("1 15.9.2007 11",
     * a page counter and a date): a day, a month and a year of four digits, or of two with dots or slashes;
     * or a sentence break inside.
     */
    private static final Pattern NOT_ONE_NUMBER = Pattern.compile("^\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}"
            + "|(?<!\\d)(?:0?[1-9]|[12]\\d|3[01])(?:([-/.])(?:0?[1-9]|1[0-2])\\1(?:19|20)\\d\\d"
            + "|([/.])(?:0?[1-9]|1[0-2])\\2\\d\\d)(?!\\d)|[.।]\\s");
    /** A time right after a number, whose last digits were then the hour ("15.9.2007 11:02", "11.30"). */
    private static final Pattern TIME_AFTER = Pattern.compile("^[:.]\\d{2}(?!\\d)");

    private final PhoneNumberUtil phones;
    private final KnownContacts known;

    PhoneNumberDetector(PhoneNumberUtil phones, KnownContacts known) {
        this.phones = phones;
        this.known = known;
    }

    @Override
    public List<Finding> find(ScannedText text, String where) {
        List<int[]> spans = new ArrayList<>();
        String raw = text.text();
        for (PhoneNumberMatch match : phones.findNumbers(raw, "IN", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            if (known.knownNumber(match.number()) || NOT_PRIVATE.contains(phones.getNumberType(match.number()))) {
                continue;
            }
            String before = raw.substring(Math.max(0, match.start() - 8), match.start());
            if (CURRENCY_BEFORE.matcher(before).find() || insideWord(raw, match.start(), match.end())
                    || NOT_ONE_NUMBER.matcher(AadhaarDetector.asciiDigits(match.rawString())).find()
                    || endsInAnHour(raw, match.end())) {
                continue;
            }
            spans.add(new int[] {match.start(), match.end()});
        }
        return Spans.findings(raw, spans, Finding.PHONE_NUMBER, where);
    }

    /** Whether a time's minutes follow the match at {@code end}, so that its last digits were the hour. */
    private static boolean endsInAnHour(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 4));
        return TIME_AFTER.matcher(AadhaarDetector.asciiDigits(after)).find();
    }

    /** Whether the match is glued into a longer word: a letter or digit touches it, or a hyphen and a letter follow. */
    private static boolean insideWord(String text, int start, int end) {
        if (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
            return true;
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            return Character.isLetterOrDigit(after) || after == '_'
                    || after == '-' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1));
        }
        return false;
    }
}
