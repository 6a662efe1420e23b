package org.abhilekh.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import org.abhilekh.platform.control.StartupState;

/**
 * Answers nothing; the container initialises it last (web.xml gives it the highest load-on-startup), so
 * its {@code init} says that the web module has started: JSF, JAX-RS and every filter are in place.
 * Until then Payara Micro answers the application's paths with HTML and empty 500s, and readiness must
 * not say ready, however far the rest of start-up has come.
 */
public class WebStarted extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StartupState state;

    @Override
    public void init() {
        state.webStarted();
    }
}
