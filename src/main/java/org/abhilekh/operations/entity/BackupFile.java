package org.abhilekh.operations.entity;

import java.time.Instant;

/** A backup in the data folder's {@code backups/}: its file name, size in bytes and when it was written. */
public record BackupFile(String name, long size, Instant created) {
}
