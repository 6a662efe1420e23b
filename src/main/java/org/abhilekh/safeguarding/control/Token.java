package org.abhilekh.safeguarding.control;

/**
 * A word or a number of a scanned text, with its offsets and a key for comparing it with word lists
 * (lower case, nukta and chandrabindu folded: see {@link ScannedText#key}).
 */
record Token(int start, int end, String text, String key, boolean number, boolean devanagari) {

    /** Starts with a capital letter and is not all capitals ("Ravi", not "FIR" or "D"). */
    boolean capitalised() {
        if (number || devanagari || text.length() < 2 || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        return text.codePoints().skip(1).anyMatch(Character::isLowerCase);
    }

    boolean latin() {
        return !number && !devanagari;
    }

    /** The value of a number token, or -1 (also for numbers too long to be an age or a grade). */
    int value() {
        if (!number || text.length() > 3) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            value = value * 10 + Character.digit(text.charAt(i), 10);
        }
        return value;
    }
}
