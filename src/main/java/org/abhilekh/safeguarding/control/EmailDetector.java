package org.abhilekh.safeguarding.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.abhilekh.safeguarding.entity.Finding;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * E-mail addresses of private persons. Candidates are cut out of running text with a pattern (an address's
 * neighbours in prose are not part of it) and confirmed by Commons Validator's {@code EmailValidator}, which
 * knows the top-level domains, so "photo@2x.png" is not taken for an address. The organisation's own
 * domains, published contacts, office mailboxes and government mail are not findings.
 */
final class EmailDetector implements TextDetector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]+@[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?)+");

    private final KnownContacts known;
    private final EmailValidator validator = EmailValidator.getInstance(false, false);

    EmailDetector(KnownContacts known) {
        this.known = known;
    }

    @Override
    public List<Finding> find(ScannedText text, String where) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = CANDIDATE.matcher(text.text());
        while (matcher.find()) {
            String address = matcher.group();
            if (validator.isValid(address) && !known.notPrivate(address)) {
                spans.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        return Spans.findings(text.text(), spans, Finding.EMAIL_ADDRESS, where);
    }
}
