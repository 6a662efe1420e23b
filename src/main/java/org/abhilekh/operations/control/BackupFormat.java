package org.abhilekh.operations.control;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;
import org.abhilekh.operations.entity.BackupManifest;

/** The rules of the backup ZIP that both its writer and its restorer follow. */
public final class BackupFormat {

    /** Backup files in the backups folder: made by this application, with nothing a path could hide in. */
    public static final Pattern FILE_NAME = Pattern.compile("abhilekh-backup-\\d{8}-\\d{6}(-\\d+)?\\.zip");
    /** Entry names a backup may hold: no parent steps, no absolute paths, no backslashes. */
    private static final Pattern ENTRY = Pattern.compile(
            "manifest\\.json|rows/[a-z0-9_]{1,128}\\.jsonl|blobs/[0-9a-f]{64}|index/[A-Za-z0-9_.\\-]{1,200}");
    /** A manifest larger than this is not one this application wrote. */
    static final long MAX_MANIFEST_BYTES = 256L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private BackupFormat() {
    }

    public static boolean isSafeEntryName(String name) {
        return name != null && ENTRY.matcher(name).matches();
    }

    static void writeManifest(BackupManifest manifest, OutputStream out) throws IOException {
        JSON.writeValue(out, manifest);
    }

    static BackupManifest readManifest(InputStream in) throws IOException {
        return JSON.readValue(in, BackupManifest.class);
    }

    /** Compares Flyway versions such as {@code 4} and {@code 4.1} part by part, as numbers. */
    public static int compareVersions(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? Long.parseLong(a[i]) : 0;
            long y = i < b.length ? Long.parseLong(b[i]) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
