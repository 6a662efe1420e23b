package org.abhilekh.search.control;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * {@code romanKey} in index-config/analysis.json: replaces each token by its {@link RomanKey}. With
 * {@code keep="devanagari"} (for indexing) only Devanagari tokens are kept, so English text does not
 * crowd the romanised field; with {@code keep="all"} (for queries) typed Latin words are keyed too.
 */
public class RomanKeyFilterFactory extends TokenFilterFactory {

    public static final String NAME = "romanKey";

    private final boolean devanagariOnly;

    public RomanKeyFilterFactory(Map<String, String> args) {
        super(args);
        String keep = get(args, "keep", java.util.List.of("all", "devanagari"), "all");
        this.devanagariOnly = "devanagari".equals(keep);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI. */
    public RomanKeyFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new RomanKeyFilter(input, devanagariOnly);
    }

    private static final class RomanKeyFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final boolean devanagariOnly;

        RomanKeyFilter(TokenStream input, boolean devanagariOnly) {
            super(input);
            this.devanagariOnly = devanagariOnly;
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                String token = term.toString();
                if (devanagariOnly && !RomanKey.containsDevanagari(token)) {
                    continue;
                }
                String key = RomanKey.of(token);
                if (!key.isEmpty()) {
                    term.setEmpty().append(key);
                    return true;
                }
            }
            return false;
        }
    }
}
