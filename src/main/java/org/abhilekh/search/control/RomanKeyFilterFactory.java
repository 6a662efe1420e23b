package org.abhilekh.search.control;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

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
        String keep = get(args, "keep", List.of("all", "devanagari"), "all");
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

    /** Each token becomes its key; a word typed two ways gets its second key at the same position. */
    private static final class RomanKeyFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final boolean devanagariOnly;
        /** The second key of the last word, still to be given out, and that word's attributes. */
        private String pending;
        private State word;

        RomanKeyFilter(TokenStream input, boolean devanagariOnly) {
            super(input);
            this.devanagariOnly = devanagariOnly;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null) {
                restoreState(word);
                term.setEmpty().append(pending);
                position.setPositionIncrement(0);
                pending = null;
                return true;
            }
            while (input.incrementToken()) {
                String token = term.toString();
                if (devanagariOnly && !RomanKey.containsDevanagari(token)) {
                    continue;
                }
                List<String> keys = RomanKey.spellings(token);
                if (!keys.get(0).isEmpty()) {
                    term.setEmpty().append(keys.get(0));
                    if (keys.size() > 1) {
                        pending = keys.get(1);
                        word = captureState();
                    }
                    return true;
                }
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
            word = null;
        }
    }
}
