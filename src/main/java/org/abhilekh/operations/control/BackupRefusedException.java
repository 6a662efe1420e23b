package org.abhilekh.operations.control;

import org.abhilekh.platform.control.AbhilekhException;

/** A backup cannot be made or restored as asked; the detail says why and what to do instead. */
public class BackupRefusedException extends AbhilekhException {

    private static final long serialVersionUID = 1L;

    public BackupRefusedException(String detail) {
        super(detail);
    }

    public BackupRefusedException(String detail, Throwable cause) {
        super(detail, cause);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Backup refused";
    }
}
