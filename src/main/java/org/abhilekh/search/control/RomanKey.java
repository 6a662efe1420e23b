package org.abhilekh.search.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A spelling-tolerant Latin key for Hindi words, so that "manav taskari", typed on a phone without a
 * Hindi keyboard, finds मानव तस्करी. Devanagari is transliterated (with Hindi schwa deletion: लड़की is
 * "ladki", not "ladaki"), and both that and typed Latin text are reduced to a key that forgives the
 * usual variants: aspiration (bh/b, chh/ch), long vowels (ee/i, aa/a), sh/s, w/v, f/ph, doubled letters.
 */
public final class RomanKey {

    private RomanKey() {
    }

    /** The key of one token, in either script; empty when nothing is left. */
    public static String of(String token) {
        return simplify(containsDevanagari(token) ? transliterate(token, false) : token);
    }

    /**
     * Every key a Devanagari word may be typed as: its key, and for a word with the flapped ड़ or ढ़ the
     * key with "r" too, since लड़की is typed "ladki" and "larki" alike. One key for other tokens.
     */
    public static List<String> spellings(String token) {
        String key = of(token);
        if (!containsFlap(token)) {
            return List.of(key);
        }
        String flapped = simplify(transliterate(token, true));
        return flapped.equals(key) || flapped.isEmpty() ? List.of(key) : List.of(key, flapped);
    }

    private static boolean containsFlap(String token) {
        return token.indexOf('\u095C') >= 0 || token.indexOf('\u095D') >= 0
                || token.contains("\u0921\u093C") || token.contains("\u0922\u093C");
    }

    static boolean containsDevanagari(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0900' && c <= '\u097F') {
                return true;
            }
        }
        return false;
    }

    /** Devanagari to informal Latin, the way Hindi is typed in chat and search boxes; the flapped ड़ and ढ़ as d or r. */
    private static String transliterate(String word, boolean flapAsR) {
        // One unit per sound, so that schwa deletion sees "kh" as one consonant.
        List<String> units = new ArrayList<>();
        List<Boolean> vowels = new ArrayList<>();
        List<Boolean> schwas = new ArrayList<>();
        int length = word.length();
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            String consonant = consonant(c, flapAsR);
            if (consonant != null) {
                if (i + 1 < length && word.charAt(i + 1) == '\u093C') {
                    consonant = nukta(c, consonant, flapAsR);
                    i++;
                }
                add(units, vowels, schwas, consonant, false, false);
                char next = i + 1 < length ? word.charAt(i + 1) : 0;
                if (next == '\u094D') {
                    i++;
                } else if (matra(next) == null) {
                    add(units, vowels, schwas, "a", true, true);
                }
                continue;
            }
            String vowel = matra(c) != null ? matra(c) : independentVowel(c);
            if (vowel != null) {
                add(units, vowels, schwas, vowel, true, false);
            } else if (c == '\u0902' || c == '\u0901') {
                add(units, vowels, schwas, "n", false, false);
            } else if (c == '\u0903') {
                add(units, vowels, schwas, "h", false, false);
            } else if (c >= '\u0966' && c <= '\u096F') {
                add(units, vowels, schwas, String.valueOf((char) ('0' + (c - '\u0966'))), false, false);
            } else if (c < '\u0900' || c > '\u097F') {
                add(units, vowels, schwas, String.valueOf(Character.toLowerCase(c)), false, false);
            }
        }
        // Hindi drops the inherent vowel at the end of a word, and between a vowel-consonant and a
        // consonant-vowel (Ohala's rule), working from the right.
        for (int i = units.size() - 1; i > 0; i--) {
            if (!schwas.get(i)) {
                continue;
            }
            boolean last = i == units.size() - 1 && i > 1;
            boolean medial = i >= 2 && i + 2 < units.size()
                    && vowels.get(i - 2) && !vowels.get(i - 1) && !vowels.get(i + 1) && vowels.get(i + 2);
            if (last || medial) {
                units.remove(i);
                vowels.remove(i);
                schwas.remove(i);
            }
        }
        return String.join("", units);
    }

    private static void add(List<String> units, List<Boolean> vowels, List<Boolean> schwas, String unit, boolean vowel, boolean schwa) {
        units.add(unit);
        vowels.add(vowel);
        schwas.add(schwa);
    }

    /** Folds the spellings people use interchangeably into one form. */
    static String simplify(String latin) {
        String s = latin.toLowerCase(java.util.Locale.ROOT);
        s = s.replace("x", "ks").replace("q", "k").replace("z", "j").replace("w", "v").replace("f", "ph");
        s = s.replace("sh", "s").replace("ee", "i").replace("oo", "u");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Aspiration: an h after a consonant is dropped (bh, kh, chh, th, dh, ph...).
            if (c == 'h' && out.length() > 0 && !isVowel(out.charAt(out.length() - 1)) && Character.isLetter(out.charAt(out.length() - 1))) {
                continue;
            }
            if (c == 'y' && out.length() > 0 && out.charAt(out.length() - 1) == 'i') {
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        return stem(out);
    }

    /**
     * Strips what Hindi inflection adds at the end of a word (plural and oblique -on, -en, -iyan;
     * vowel endings -a, -e, -i), so लड़की, लड़कियों and "ladkiyan" meet in one key.
     */
    private static String stem(StringBuilder key) {
        int end = key.length();
        // Until nothing changes, so खदान ("khadan") and खदानों ("khadanon") both come down to "kad".
        int before;
        do {
            before = end;
            if (end > 3 && key.charAt(end - 1) == 'n' && isVowel(key.charAt(end - 2))) {
                end--;
            }
            while (end > 3 && isVowel(key.charAt(end - 1))) {
                end--;
            }
        } while (end < before);
        return key.substring(0, end);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static String consonant(char c, boolean flapAsR) {
        return switch (c) {
            case 'क' -> "k";
            case 'ख' -> "kh";
            case 'ग' -> "g";
            case 'घ' -> "gh";
            case 'ङ', 'ञ', 'ण', 'न' -> "n";
            case 'च' -> "ch";
            case 'छ' -> "chh";
            case 'ज' -> "j";
            case 'झ' -> "jh";
            case 'ट', 'त' -> "t";
            case 'ठ', 'थ' -> "th";
            case 'ड', 'द' -> "d";
            case 'ढ', 'ध' -> "dh";
            case 'प' -> "p";
            case 'फ' -> "ph";
            case 'ब' -> "b";
            case 'भ' -> "bh";
            case 'म' -> "m";
            case 'य' -> "y";
            case 'र' -> "r";
            case 'ल' -> "l";
            case 'व' -> "v";
            case 'श', 'ष' -> "sh";
            case 'स' -> "s";
            case 'ह' -> "h";
            case '\u0958' -> "k";
            case '\u0959' -> "kh";
            case '\u095A' -> "g";
            case '\u095B' -> "z";
            case '\u095C' -> flapAsR ? "r" : "d";
            case '\u095D' -> flapAsR ? "rh" : "dh";
            case '\u095E' -> "f";
            case '\u095F' -> "y";
            default -> null;
        };
    }

    private static String nukta(char base, String plain, boolean flapAsR) {
        return switch (base) {
            case 'ज' -> "z";
            case 'फ' -> "f";
            case 'ड' -> flapAsR ? "r" : "d";
            case 'ढ' -> flapAsR ? "rh" : "dh";
            default -> plain;
        };
    }

    private static String matra(char c) {
        return switch (c) {
            case 'ा' -> "a";
            case 'ि', 'ी' -> "i";
            case 'ु', 'ू' -> "u";
            case 'ृ' -> "ri";
            case 'े' -> "e";
            case 'ै' -> "ai";
            case 'ो' -> "o";
            case 'ौ' -> "au";
            case 'ॅ' -> "e";
            case 'ॉ' -> "o";
            default -> null;
        };
    }

    private static String independentVowel(char c) {
        return switch (c) {
            case 'अ', 'आ' -> "a";
            case 'इ', 'ई' -> "i";
            case 'उ', 'ऊ' -> "u";
            case 'ऋ' -> "ri";
            case 'ए' -> "e";
            case 'ऐ' -> "ai";
            case 'ओ' -> "o";
            case 'औ' -> "au";
            case 'ऑ' -> "o";
            default -> null;
        };
    }
}
