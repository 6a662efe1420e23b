package org.abhilekh.safeguarding.control;

import java.util.Set;

/**
 * Ages as papers write them: after a name ("Sunita Kumari, 14", "सोनू (12 वर्ष)", "Salomi Tirkey, aged 13")
 * and before one ("14-year-old Ravi", "14 वर्षीय सुनीता", "13 साल की रानी"). Also school grades
 * ("class 7", "Class IX", "कक्षा 8").
 */
final class AgeExpressions {

    /** Words after a bare number that show it was an age in apposition ("Kiran, 14, left home"). */
    private static final Set<String> AFTER_BARE_AGE = Set.of("and", "was", "is", "who", "had", "has", "were",
            "said", "told", "from", "of", "ने", "को", "की", "का", "के", "है", "था", "थी", "से", "और");
    private static final Set<String> ROMAN_GRADES = Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix",
            "x", "xi", "xii");

    /** An age found in a text: its value and the tokens [start, end) that say it. */
    record Age(int value, int start, int end) {
        boolean child() {
            return value < 18;
        }
    }

    private final ChildIdentityWords words;

    AgeExpressions(ChildIdentityWords words) {
        this.words = words;
    }

    /** The number at a token, in digits or in words, or -1. */
    int numberAt(ScannedText text, int index) {
        if (index < 0 || index >= text.size()) {
            return -1;
        }
        Token token = text.get(index);
        if (token.number()) {
            return token.value();
        }
        return words.numberWords.getOrDefault(token.key(), -1);
    }

    /** "14-year-old", "14 वर्षीय", "13 साल की" starting at {@code index}, or null. */
    Age beforeName(ScannedText text, int index) {
        int value = numberAt(text, index);
        if (value <= 0 || index + 1 >= text.size() || text.gapBefore(index + 1).length() > 2) {
            return null;
        }
        int end = words.ageBeforeName.matchAt(text, index + 1);
        return end < 0 ? null : new Age(value, index, end);
    }

    /** The age right after a name that ends before token {@code index}, or null. */
    Age afterName(ScannedText text, int index) {
        if (index >= text.size()) {
            return null;
        }
        String opening = text.punctuationBefore(index);
        if (!opening.equals(",") && !opening.equals("(") && !opening.isEmpty()) {
            return null;
        }
        int at = index;
        int lead = words.ageLead.matchAt(text, at);
        if (lead > 0) {
            at = lead;
        } else if (opening.isEmpty()) {
            return null;
        }
        int value = numberAt(text, at);
        if (value <= 0 || (at > index && !text.punctuationBeforeIs(at, ":-"))) {
            return null;
        }
        int end = at + 1;
        int unit = end < text.size() && text.gapBefore(end).length() <= 2 ? words.ageAfterName.matchAt(text, end) : -1;
        if (unit > 0) {
            end = unit;
        }
        String after = text.textAfter(end - 1, 12).stripLeading();
        if (opening.equals("(")) {
            return after.startsWith(")") ? new Age(value, index, end) : null;
        }
        if (unit > 0 || lead > 0 || closes(text, end, after)) {
            return new Age(value, index, end);
        }
        return null;
    }

    /** "class 7", "Class IX", "std. 5", "कक्षा 8" starting at {@code index}: the index after it, or -1. */
    int gradeAt(ScannedText text, int index) {
        int at = words.classWords.matchAt(text, index);
        if (at < 0 || at >= text.size() || text.gapBefore(at).length() > 2) {
            return -1;
        }
        Token grade = text.get(at);
        boolean number = grade.number() && grade.value() >= 1 && grade.value() <= 12;
        return number || ROMAN_GRADES.contains(grade.key()) ? at + 1 : -1;
    }

    private static boolean closes(ScannedText text, int next, String after) {
        if (after.isEmpty() || after.startsWith(",") || after.startsWith(";") || after.startsWith(")")
                || after.startsWith("।") || after.startsWith(":")) {
            return true;
        }
        if (after.startsWith(".")) {
            return after.length() < 2 || !Character.isDigit(after.charAt(1));
        }
        return next < text.size() && text.punctuationBefore(next).isEmpty()
                && AFTER_BARE_AGE.contains(text.get(next).key());
    }
}
