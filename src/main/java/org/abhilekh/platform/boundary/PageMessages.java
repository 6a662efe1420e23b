package org.abhilekh.platform.boundary;

import java.util.function.Supplier;
import org.abhilekh.platform.control.AbhilekhException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * What a page says after an action, in the reader's language: interface text from the {@code msg} bundle, shown
 * through OmniFaces' {@link Messages}, and the one way a refused action is told. Text with parameters is formatted
 * by {@link java.text.MessageFormat}; text without is shown as it is.
 */
public final class PageMessages {

    private PageMessages() {
    }

    /** The interface text under this key in the reader's language. */
    public static String text(String key) {
        return Faces.getResourceBundle("msg").getString(key);
    }

    /** Says the text under this key on the page being rendered. */
    public static void info(String key, Object... params) {
        Messages.addGlobalInfo(text(key), params);
    }

    /** Says the text under this key on the page the action redirects to. */
    public static void flashInfo(String key, Object... params) {
        Messages.addFlashGlobalInfo(text(key), params);
    }

    /** Says the text under this key as an error on the page being rendered. */
    public static void error(String key, Object... params) {
        Messages.addGlobalError(text(key), params);
    }

    /**
     * Runs a page's action. A refusal ({@link AbhilekhException}: bad input, not found, conflict...) is said on the
     * page as an error, with its own message, and the page stays where it is (null outcome).
     */
    public static String attempt(Supplier<String> action) {
        try {
            return action.get();
        } catch (AbhilekhException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    /** As {@link #attempt(Supplier)}, the error shown at one component ({@code clientId}) instead of the page's top. */
    public static String attempt(String clientId, Supplier<String> action) {
        try {
            return action.get();
        } catch (AbhilekhException e) {
            Messages.addError(clientId, e.getMessage());
            return null;
        }
    }
}
