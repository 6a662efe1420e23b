package org.abhilekh.safeguarding.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.abhilekh.safeguarding.entity.Finding;
import org.apache.commons.validator.routines.checkdigit.VerhoeffCheckDigit;

/**
 * Aadhaar numbers: 12 digits, written together or in groups of four (spaces or hyphens, the same between
 * both groups), the first digit 2 to 9, and the last a valid Verhoeff check digit, so that nine in ten
 * ordinary 12-digit numbers are not taken for one. Twelve digits inside a longer grouped number (a 16-digit
 * Virtual ID or card number, "2345 6789 0124 5678") are not one. Digits of any script count (९६०२ ४५१३ ८७६८).
 */
final class AadhaarDetector implements TextDetector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\d.,/\\-])(?<!\\d[ \\-])([2-9]\\d{3})([ \\-]?)(\\d{4})\\2(\\d{4})(?![\\d/\\-]|[.,]\\d|[ \\-]\\d)");

    @Override
    public List<Finding> find(ScannedText text, String where) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = CANDIDATE.matcher(asciiDigits(text.text()));
        while (matcher.find()) {
            String digits = matcher.group(1) + matcher.group(3) + matcher.group(4);
            if (VerhoeffCheckDigit.VERHOEFF_CHECK_DIGIT.isValid(digits)) {
                spans.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        return Spans.findings(text.text(), spans, Finding.AADHAAR_NUMBER, where);
    }

    /** The text with every decimal digit written in ASCII; one character for one, so offsets stay. */
    static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text);
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                ascii.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return ascii.toString();
    }
}
