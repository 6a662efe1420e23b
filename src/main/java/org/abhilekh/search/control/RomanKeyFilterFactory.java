package org.abhilekh.search.control;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
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
        private final Deque<String> pending = new ArrayDeque<>();
        private State current;

        RomanKeyFilter(TokenStream input, boolean devanagariOnly) {
            super(input);
            this.devanagariOnly = devanagariOnly;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!pending.isEmpty()) {
                restoreState(current);
                term.setEmpty().append(pending.poll());
                position.setPositionIncrement(0);
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
                        pending.addAll(keys.subList(1, keys.size()));
                        current = captureState();
                    }
                    return true;
                }
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending.clear();
            current = null;
        }
    }
}
