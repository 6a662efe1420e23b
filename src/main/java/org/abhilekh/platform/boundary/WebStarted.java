package org.abhilekh.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import org.abhilekh.platform.control.ServerLifecycle;

/**
 * Answers nothing; the container initialises it last (web.xml gives it the highest load-on-startup), so
 * its {@code init} says that the web module has started: JSF, JAX-RS and every filter are in place.
 * Readiness must not say ready before, however far the rest of start-up has come, and start-up's background
 * work waits for it (the operations feature's {@code ApplicationStartup}). (The port itself opens only after
 * deployment: see {@code src/main/payara/README.md}.)
 */
public class WebStarted extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ServerLifecycle lifecycle;

    @Override
    public void init() {
        lifecycle.webStarted();
    }
}
