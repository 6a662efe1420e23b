package org.abhilekh.platform.control;

import jakarta.enterprise.context.ApplicationScoped;

/** How far start-up has come; readiness reports it. */
@ApplicationScoped
public class StartupState {

    private volatile boolean databaseMigrated;
    private volatile boolean seedImported;
    private volatile String failure;

    public void databaseMigrated() {
        databaseMigrated = true;
    }

    public void seedImported() {
        seedImported = true;
    }

    public void failed(String reason) {
        failure = reason;
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
