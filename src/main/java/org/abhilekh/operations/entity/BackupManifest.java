package org.abhilekh.operations.entity;

import java.util.List;

/**
 * What a backup holds, written as {@code manifest.json} at the end of the ZIP: the format and schema
 * version it was made with, each table with its columns, row count and the sha256 of its rows file,
 * every blob and every index file with its size and sha256. The restore trusts nothing in the ZIP that
 * this does not list and check.
 *
 * @param format        always {@link #FORMAT}
 * @param formatVersion the layout of the ZIP; a restore refuses a newer one than it knows
 * @param createdAt     when the database snapshot was taken (ISO-8601, UTC)
 * @param schemaVersion the Flyway version of the database the rows came from
 * @param database      product name and version of that database, for the operator
 * @param tables        every table but Flyway's own history, in the order they were read
 * @param blobs         the blobs the rows refer to, under {@code blobs/}
 * @param index         the index snapshot under {@code index/}
 */
public record BackupManifest(String format, int formatVersion, String createdAt, String schemaVersion, String database,
                             List<Table> tables, List<StoredFile> blobs, Index index) {

    public static final String FORMAT = "abhilekh-backup";
    public static final int FORMAT_VERSION = 1;
    public static final String FILE = "manifest.json";
    public static final String BLOBS = "blobs";
    public static final String INDEX = "index";
    /** The backup parts' folders this format has a place for; another part needs a new format version. */
    public static final List<String> PART_FOLDERS = List.of(BLOBS, INDEX);

    /** The files of the part with this folder. */
    public List<StoredFile> files(String folder) {
        return switch (folder) {
            case BLOBS -> blobs;
            case INDEX -> index.files();
            default -> throw new IllegalArgumentException("A backup has no part named " + folder);
        };
    }

    /** Whether the part's files were written at the database's moment: only the index's can say so. */
    public boolean atMoment(String folder) {
        return folder.equals(INDEX) && index.consistent();
    }

    /** A table's rows are one JSON array per line in {@code file}, values in the order of {@code columns}. */
    public record Table(String name, List<Column> columns, long rows, StoredFile file) {
    }

    /** A column by name and the JDBC type name it had where it was read. */
    public record Column(String name, String type) {
    }

    /** A file inside the backup: its path in the ZIP, size and sha256. */
    public record StoredFile(String path, long size, String sha256) {
    }

    /**
     * The index files of one commit. {@code consistent} says the database was read at that commit, so the
     * revisions the rows say are indexed are exactly those the snapshot holds.
     */
    public record Index(boolean consistent, List<StoredFile> files) {
    }
}
