package org.abhilekh.safeguarding.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind {@link ChildIdentityDetector}, read from {@code index-config/safeguarding/}:
 * child words, ages, kinship markers, adult markers, surnames and words that are never names.
 */
final class ChildIdentityWords {

    final WordSequences child;
    final WordSequences describing;
    final WordSequences school;
    final WordSequences classWords;
    final WordSequences pseudonym;
    /** Hindi words after which a preceding word may be a name ("नाबालिग रेखा को"). */
    final WordSequences afterNameHindi;
    /** Hindi child words that also begin compounds; a name after one needs a surname or an age. */
    final WordSequences compoundHeads;
    final WordSequences ageBeforeName;
    final WordSequences ageAfterName;
    final WordSequences ageLead;
    final WordSequences kinship;
    final WordSequences adult;
    final Set<String> surnames = new HashSet<>();
    final Set<String> notNames = new HashSet<>();
    /** Endings of words that are never names (not-names.txt entries written "-ों"), as keys. */
    final List<String> notNameEndings = new ArrayList<>();
    /** Ages written in words, by key ("fourteen" = 14, "चौदह" = 14). */
    final Map<String, Integer> numberWords = new HashMap<>();
    /** Every single word of the lists above except surnames: such a word is never read as a name. */
    final Set<String> reserved = new HashSet<>();

    ChildIdentityWords(Path folder) {
        WordListFile childFile = WordListFile.read(folder, "child-words.txt");
        WordListFile ageFile = WordListFile.read(folder, "age-words.txt");
        child = new WordSequences(childFile.section("child"));
        describing = new WordSequences(childFile.section("describing"));
        school = new WordSequences(childFile.section("school"));
        classWords = new WordSequences(childFile.section("class"));
        pseudonym = new WordSequences(childFile.section("pseudonym"));
        afterNameHindi = new WordSequences(childFile.section("after-name"));
        compoundHeads = new WordSequences(childFile.section("compound-heads"));
        ageBeforeName = new WordSequences(ageFile.section("before-name"));
        ageAfterName = new WordSequences(ageFile.section("after-name"));
        ageLead = new WordSequences(ageFile.section("lead"));
        kinship = new WordSequences(WordListFile.read(folder, "kinship-markers.txt").all());
        adult = new WordSequences(WordListFile.read(folder, "adult-markers.txt").all());
        for (String line : ageFile.section("numbers")) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                throw new IllegalStateException("age-words.txt [numbers]: '" + line + "' needs a word and a number");
            }
            numberWords.put(ScannedText.key(line.substring(0, space).strip()),
                    Integer.parseInt(line.substring(space + 1).strip()));
        }
        keys(WordListFile.read(folder, "surname-words.txt").all(), surnames);
        for (String entry : WordListFile.read(folder, "not-names.txt").all()) {
            if (entry.startsWith("-") && entry.length() > 1) {
                notNameEndings.add(ScannedText.key(entry.substring(1).strip()));
            } else {
                notNames.add(ScannedText.key(entry));
            }
        }
        for (WordSequences words : List.of(child, describing, school, classWords, ageBeforeName, ageAfterName,
                ageLead, kinship, adult)) {
            reserved.addAll(words.singleWords());
        }
        reserved.addAll(numberWords.keySet());
        reserved.removeAll(surnames);
    }

    /** Whether a word (a key) ends in one of the endings of not-names.txt and is longer than that ending. */
    boolean notNameEnding(String key) {
        for (String ending : notNameEndings) {
            if (key.length() > ending.length() + 1 && key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static void keys(List<String> words, Set<String> into) {
        for (String word : words) {
            into.add(ScannedText.key(word));
        }
    }
}
