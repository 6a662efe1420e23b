package org.abhilekh.safeguarding.control;

/** The passage shown with a finding: the match with some words on either side, at most about 120 characters. */
final class Excerpts {

    static final int LENGTH = 120;

    private Excerpts() {
    }

    static String around(String text, int start, int end) {
        int room = Math.max(0, LENGTH - (end - start));
        int from = Math.max(0, start - room / 2);
        int to = Math.min(text.length(), end + (room - (start - from)));
        from = Math.max(0, Math.min(from, start - (room - (to - end))));
        if (from > 0) {
            int space = text.indexOf(' ', from);
            if (space >= 0 && space < start) {
                from = space + 1;
            }
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            if (space >= end) {
                to = space;
            }
        }
        String excerpt = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + excerpt + (to < text.length() ? "…" : "");
    }
}
