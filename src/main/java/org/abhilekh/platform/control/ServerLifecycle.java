package org.abhilekh.platform.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where the server is in its life as every part of the application sees it: the web module has started,
 * or a stop has been asked for. Readiness reports both; start-up's background work waits for the first.
 */
@ApplicationScoped
public class ServerLifecycle {

    private volatile boolean webStarted;
    private volatile boolean stopping;

    /** The web module has started: pages, API and filters answer as the application. */
    public void webStarted() {
        webStarted = true;
    }

    public boolean isWebStarted() {
        return webStarted;
    }

    /** A stop has been asked for: the server drains, answering new requests 503, before it goes down. */
    public void stopping() {
        stopping = true;
    }

    public boolean isStopping() {
        return stopping;
    }
}
