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
    /** India's shortest number with its area code has ten digits; eight leaves room for what libphonenumber accepts. */
    private static final int FEWEST_DIGITS = 8;
    /** Characters either side of a run of digits that libphonenumber reads to judge a match (a letter glued to it). */
    private static final int CONTEXT = 24;

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
        for (int[] window : windows(raw)) {
            String part = raw.substring(window[0], window[1]);
            for (PhoneNumberMatch match : phones.findNumbers(part, "IN", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
                int start = window[0] + match.start();
                int end = window[0] + match.end();
                if (known.knownNumber(match.number()) || NOT_PRIVATE.contains(phones.getNumberType(match.number()))) {
                    continue;
                }
                String before = raw.substring(Math.max(0, start - 8), start);
                if (CURRENCY_BEFORE.matcher(before).find() || insideWord(raw, start, end)
                        || NOT_ONE_NUMBER.matcher(AadhaarDetector.asciiDigits(match.rawString())).find()
                        || endsInAnHour(raw, end)) {
                    continue;
                }
                spans.add(new int[] {start, end});
            }
        }
        return Spans.findings(raw, spans, Finding.PHONE_NUMBER, where);
    }

    /**
     * The parts of the text that can hold a phone number, each with {@link #CONTEXT} characters either side (which
     * libphonenumber looks at): runs of digits, spaces and the punctuation a number is written with, holding at least
     * {@link #FEWEST_DIGITS} digits. libphonenumber's own search runs a large pattern over every character; on the
     * text of a long document that was most of the safeguarding scan's time, while a number is a few per cent of
     * the text at most. Overlapping windows are joined, so no number is found twice.
     */
    static List<int[]> windows(String text) {
        List<int[]> windows = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!Character.isDigit(text.charAt(i)) && text.charAt(i) != '+' && text.charAt(i) != '＋') {
                i++;
                continue;
            }
            int start = i;
            int digits = 0;
            int lastDigit = i;
            while (i < length && (Character.isDigit(text.charAt(i)) || isNumberPunctuation(text.charAt(i)))) {
                if (Character.isDigit(text.charAt(i))) {
                    digits++;
                    lastDigit = i;
                }
                i++;
            }
            if (digits >= FEWEST_DIGITS) {
                int from = Math.max(0, start - CONTEXT);
                int to = Math.min(length, lastDigit + 1 + CONTEXT);
                if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= from) {
                    windows.get(windows.size() - 1)[1] = to;
                } else {
                    windows.add(new int[] {from, to});
                }
            }
        }
        return windows;
    }

    /** Whitespace and what libphonenumber accepts between a number's digits (its VALID_PUNCTUATION, brackets, plus). */
    private static boolean isNumberPunctuation(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || "-‐‑‒–—―−ー－/／.．()（）[]［］~⁓∼～+＋\u00AD\u200B\u2060".indexOf(c) >= 0;
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
