package org.abhilekh.safeguarding.control;

import java.util.ArrayList;
import java.util.List;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * A child's identity: a personal name together with an age under 18, a child word, a school class or a
 * parent's name. The rules, in English and Hindi alike:
 * <ol>
 * <li>name, then an age: "Sunita Kumari, 14", "Sonu Kumar (12 yrs)", "लक्ष्मी कुमारी (उम्र 14 वर्ष)";</li>
 * <li>an age, then the name: "14-year-old Ravi", "a 15-year-old girl, Reshma", "14 वर्षीय सुनीता";</li>
 * <li>a child word, then the name: "the minor, Pooja", "पीड़िता रीना कुमारी", "class 7 student Ravi";</li>
 * <li>name, then a child word or a class in apposition: "Nisha, a minor", "Ravi, a class 7 student";</li>
 * <li>name, a kinship marker, a parent's name: "Pooja D/o Ramesh Oraon", "रमेश मुंडा का पुत्र अजय".</li>
 * </ol>
 * A name with an age of 18 or more, a name after a title or post ("Shri", "SP", "आरोपी"), and a name the
 * reporter marks as changed are left alone; so are ages and child words without a name. A child's identity is
 * told within one line: a name and its age, child word or parent never join across the end of a line, where a
 * table's next cell, a heading ("Annex B") or the next paragraph begins (a printed line wrapped in a PDF does
 * not end the line: see {@link ScannedText#lineEndsWithin}).
 */
final class ChildIdentityDetector implements TextDetector {

    private final ChildIdentityWords words;
    private final PersonNames names;
    private final AgeExpressions ages;

    ChildIdentityDetector(ChildIdentityWords words) {
        this.words = words;
        this.names = new PersonNames(words);
        this.ages = new AgeExpressions(words);
    }

    @Override
    public List<Finding> find(ScannedText text, String where) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            add(spans, nameThenAge(text, i));
            add(spans, ageThenName(text, i));
            add(spans, childWordThenName(text, i));
            add(spans, nameThenApposition(text, i));
            add(spans, kinship(text, i));
        }
        return Spans.findings(text.text(), spans, Finding.CHILD_IDENTITY, where);
    }

    /** Rule 1: a name run starting at {@code i} followed by a child's age. */
    private int[] nameThenAge(ScannedText text, int i) {
        int end = names.runFrom(text, i);
        if (end < 0 || names.continuesName(text, i)) {
            return null;
        }
        AgeExpressions.Age age = ages.afterName(text, end);
        if (age == null || !age.child() || names.afterAdultMarker(text, i)
                || text.get(i).devanagari() && text.punctuationBefore(end).isEmpty()) {
            return null;
        }
        return tokens(text, i, age.end(), i, end);
    }

    /** Rule 2: an age, words describing the child, then a name. */
    private int[] ageThenName(ScannedText text, int i) {
        AgeExpressions.Age age = ages.beforeName(text, i);
        if (age == null || !age.child()) {
            return null;
        }
        int at = skipDescription(text, age.end());
        if (!text.punctuationBeforeIs(at, ",-:")) {
            return null;
        }
        int end = confirmedName(text, at, true);
        if (end < 0 || (text.get(at).latin() && text.inHeadline(at))) {
            return null;
        }
        return tokens(text, i, end, at, names.runFrom(text, at));
    }

    /** Rule 3: a child word (or a class and "student"), then a name. */
    private int[] childWordThenName(ScannedText text, int i) {
        int after = words.child.matchAt(text, i);
        if (after < 0) {
            after = classAndSchoolWord(text, i);
        }
        if (after < 0) {
            return schoolWordNameClass(text, i);
        }
        if (after >= text.size()) {
            return null;
        }
        Token first = text.get(i);
        if (first.latin() && ((first.capitalised() && !text.sentenceInitial(i)) || text.inHeadline(i))) {
            return null;
        }
        int at = skipDescription(text, after);
        if (at >= text.size() || !text.punctuationBeforeIs(at, ",-:")) {
            return null;
        }
        int end = confirmedName(text, at, false);
        return end < 0 ? null : tokens(text, i, end, at, names.runFrom(text, at));
    }

    /** "class 7 student", "कक्षा 8 की छात्रा", "student of class 6" starting at {@code i}: the index after it, or -1. */
    private int classAndSchoolWord(ScannedText text, int i) {
        int grade = ages.gradeAt(text, i);
        if (grade > 0) {
            int genitive = grade < text.size() && text.get(grade).devanagari() ? grade + 1 : grade;
            return Math.max(words.school.matchAt(text, grade), words.school.matchAt(text, genitive));
        }
        int school = words.school.matchAt(text, i);
        if (school > 0 && school < text.size() && text.get(school).key().equals("of")) {
            return ages.gradeAt(text, school + 1);
        }
        return -1;
    }

    /** Rule 3 with the class after the name: "छात्र विकास महतो कक्षा 9 में", "student Ravi of class 7". */
    private int[] schoolWordNameClass(ScannedText text, int i) {
        int after = words.school.matchAt(text, i);
        if (after < 0 || after >= text.size() || !text.punctuationBefore(after).isEmpty()
                || text.get(i).capitalised() && !text.sentenceInitial(i)) {
            return null;
        }
        int end = confirmedName(text, after, false);
        if (end < 0 || end >= text.size() || !text.punctuationBeforeIs(end, ",")) {
            return null;
        }
        int at = end < text.size() && text.get(end).key().equals("of") ? end + 1 : end;
        int grade = ages.gradeAt(text, at);
        return grade < 0 ? null : tokens(text, i, grade, after, names.runFrom(text, after));
    }

    /**
     * Rule 4: a name, a comma, then "a minor", "the survivor", "a 14-year-old", "a class 7 student". A child word
     * standing bare after the comma and running on into the next word names a thing, not the person before it
     * ("First, child participation", "सदस्य, किशोर न्याय बोर्ड", "भेजना, लड़की का नाम"); and since Hindi has no
     * capitals, a Hindi word before the comma is taken for a name only with a surname ("सीमा कुमारी, नाबालिग"),
     * for otherwise any word of a list ("समितियों, किशोर") would do.
     */
    private int[] nameThenApposition(ScannedText text, int i) {
        int end = names.runFrom(text, i);
        if (end < 0 || end >= text.size() || !text.punctuationBefore(end).equals(",") || names.afterAdultMarker(text, i)) {
            return null;
        }
        int at = end;
        boolean described = true;
        while (described && at < text.size()) {
            described = false;
            int next = words.describing.matchAt(text, at);
            AgeExpressions.Age age = ages.beforeName(text, at);
            int grade = ages.gradeAt(text, at);
            if (age != null) {
                if (!age.child()) {
                    return null;
                }
                return tokens(text, i, age.end(), i, end);
            }
            if (grade > 0) {
                return tokens(text, i, grade, i, end);
            }
            if (next > 0) {
                at = next;
                described = true;
            }
        }
        int child = at < text.size() ? words.child.matchAt(text, at) : -1;
        if (child > 0 && text.get(at).latin() && (text.get(at).capitalised() || text.inHeadline(at))) {
            child = -1;
        }
        if (child > 0 && at == end && runsOn(text, child)) {
            child = -1;
        }
        if (child > 0 && text.get(i).devanagari() && !names.hasSurname(text, i, end)) {
            child = -1;
        }
        if (child > 0 && (at == end || text.punctuationBefore(at).isEmpty())) {
            return tokens(text, i, child, i, end);
        }
        int student = at < text.size() ? words.school.matchAt(text, at) : -1;
        if (student > 0 && student + 1 < text.size() && text.get(student).key().equals("of")) {
            int grade = ages.gradeAt(text, student + 1);
            return grade > 0 ? tokens(text, i, grade, i, end) : null;
        }
        return null;
    }

    /** Rule 5: a name, a kinship marker, another name; neither an adult's. */
    private int[] kinship(ScannedText text, int i) {
        int after = words.kinship.matchAt(text, i);
        if (after < 0 || i == 0 || !text.punctuationBeforeIs(i, ",")) {
            return null;
        }
        int start = names.runEndingAt(text, i - 1);
        if (start < 0 || names.afterAdultMarker(text, start)) {
            return null;
        }
        int at = after;
        while (at < text.size() && words.adult.matchAt(text, at) > 0) {
            at = words.adult.matchAt(text, at);
        }
        if (at >= text.size() || !text.punctuationBeforeIs(at, ",-:.")) {
            return null;
        }
        int end = names.runFrom(text, at);
        if (end < 0 || adultAgeAfter(text, end)) {
            return null;
        }
        return tokens(text, start, end, start, i);
    }

    /**
     * Whether the words run on at token {@code index}: it follows the word before on the same line, with no
     * punctuation between, and is not a child word itself ("minor girl").
     */
    private boolean runsOn(ScannedText text, int index) {
        return index < text.size() && text.punctuationBefore(index).isEmpty()
                && !text.lineEndsWithin(index - 1, index + 1) && words.child.matchAt(text, index) < 0;
    }

    /** Skips words describing a child ("girl", "tribal", "class 9 student") starting at {@code at}. */
    private int skipDescription(ScannedText text, int at) {
        while (at < text.size()) {
            int next = Math.max(Math.max(words.describing.matchAt(text, at), words.child.matchAt(text, at)),
                    Math.max(words.school.matchAt(text, at), ages.gradeAt(text, at)));
            if (next < 0 || !text.punctuationBefore(at).isEmpty() && at > 0 && !text.punctuationBefore(at).equals("-")) {
                return at;
            }
            at = next;
        }
        return at;
    }

    /**
     * A name starting at {@code at} that is not marked as changed and not given an adult's age; its end or -1.
     * {@code ageBefore}: an age precedes it, which is evidence enough after a Hindi word that begins compounds.
     */
    private int confirmedName(ScannedText text, int at, boolean ageBefore) {
        int end = names.runFrom(text, at);
        if (end < 0 || names.afterAdultMarker(text, at) || adultAgeAfter(text, end)) {
            return -1;
        }
        if (end < text.size() && words.pseudonym.matchAt(text, end) > 0) {
            return -1;
        }
        AgeExpressions.Age age = ages.afterName(text, end);
        if (age != null) {
            return age.end();
        }
        boolean afterCompoundHead = false;
        for (int k = Math.max(0, at - 2); k < at && !ageBefore; k++) {
            afterCompoundHead |= words.compoundHeads.matchAt(text, k) == at;
        }
        return names.standsAsName(text, at, end, afterCompoundHead) ? end : -1;
    }

    private boolean adultAgeAfter(ScannedText text, int index) {
        AgeExpressions.Age age = ages.afterName(text, index);
        return age != null && !age.child();
    }

    private static void add(List<int[]> spans, int[] span) {
        if (span != null) {
            spans.add(span);
        }
    }

    /**
     * The characters of tokens [from, to), and of the child's name among them, tokens [nameFrom, nameTo): what an
     * editor withholds to keep the child unnamed wherever the name occurs. Null when a line ends among them.
     */
    private static int[] tokens(ScannedText text, int from, int to, int nameFrom, int nameTo) {
        if (text.lineEndsWithin(from, to)) {
            return null;
        }
        return new int[] {text.get(from).start(), text.get(to - 1).end(), text.get(nameFrom).start(), text.get(nameTo - 1).end()};
    }
}
