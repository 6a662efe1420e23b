package org.abhilekh.operations.control;

import jakarta.enterprise.context.ApplicationScoped;

/** How far start-up has come; readiness reports it. */
@ApplicationScoped
public class StartupState {

    private volatile boolean databaseMigrated;
    private volatile boolean seedImported;
    private volatile String failure;
    private volatile String indexRebuild;
    private volatile boolean indexRebuilt;

    public void databaseMigrated() {
        databaseMigrated = true;
    }

    public void seedImported() {
        seedImported = true;
    }

    public void failed(String reason) {
        failure = reason;
    }

    /** The index was started empty although the archive has documents: it is being filled from the truth. */
    public void indexRebuilding(String reason) {
        indexRebuild = reason;
    }

    public void indexCaughtUp() {
        indexRebuilt = true;
    }

    /** Null after an ordinary start; otherwise what happened to the index and whether it is whole again. */
    public String indexRebuildStatus() {
        String reason = indexRebuild;
        if (reason == null) {
            return null;
        }
        return (indexRebuilt ? "complete: " : "rebuilding from the database, search results are partial until done: ") + reason;
    }

    public boolean isDatabaseMigrated() {
        return databaseMigrated;
    }

    public boolean isSeedImported() {
        return seedImported;
    }

    public String failure() {
        return failure;
    }
}
