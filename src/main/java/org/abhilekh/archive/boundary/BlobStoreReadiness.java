package org.abhilekh.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.abhilekh.platform.control.ReadinessContribution;

/** Readiness waits for a writable blob store: no upload can be acknowledged without one. */
@ApplicationScoped
public class BlobStoreReadiness implements ReadinessContribution {

    @Inject
    Archive archive;

    @Override
    public String name() {
        return "blobStore";
    }

    @Override
    public boolean isReady() {
        return archive.isBlobStoreWritable();
    }
}
