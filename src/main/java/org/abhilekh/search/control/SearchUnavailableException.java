package org.abhilekh.search.control;

import org.abhilekh.platform.control.BusyException;

/** The search cluster does not answer: searches are refused with a 503 and Retry-After until it does. */
public class SearchUnavailableException extends BusyException {

    private static final long serialVersionUID = 1L;

    public SearchUnavailableException() {
        super("Search is unavailable for a moment: the search cluster does not answer. Try again shortly.", 10);
    }

    @Override
    public String title() {
        return "Search unavailable";
    }
}
