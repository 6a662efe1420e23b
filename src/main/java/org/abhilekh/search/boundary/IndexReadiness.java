package org.abhilekh.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.abhilekh.platform.control.ReadinessContribution;

/** Readiness waits for the index to be open: no search can answer without it. */
@ApplicationScoped
public class IndexReadiness implements ReadinessContribution {

    @Inject
    SearchIndex searchIndex;

    @Override
    public String name() {
        return "index";
    }

    @Override
    public boolean isReady() {
        return searchIndex.isOpen();
    }
}
