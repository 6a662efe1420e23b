package org.abhilekh.operations.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.abhilekh.operations.entity.BackupManifest;

/**
 * What a backup ZIP holds, checked before anything is written: a manifest of a known format, every entry listed in
 * it and every listed file present, of its size and sha256, with names that cannot escape the folders they go to.
 */
record BackupContents(Map<String, ZipEntry> entries, BackupManifest manifest) {

    /** The backup's entries and manifest, every file verified; refuses a damaged or foreign backup, saying why. */
    static BackupContents check(ZipFile zip) throws IOException {
        Map<String, ZipEntry> entries = entries(zip);
        BackupManifest manifest = manifest(zip, entries);
        Map<String, BackupManifest.StoredFile> listed = listed(manifest);
        for (String name : entries.keySet()) {
            if (!name.equals(BackupManifest.FILE) && !listed.containsKey(name)) {
                throw new BackupRefusedException("The backup holds " + name + ", which its manifest does not list.");
            }
        }
        for (BackupManifest.StoredFile file : listed.values()) {
            verify(zip, entries.get(file.path()), file);
        }
        return new BackupContents(entries, manifest);
    }

    static ZipFile open(Path backup) {
        try {
            return new ZipFile(backup.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new BackupRefusedException("The file " + backup.getFileName() + " is not a complete backup: it is not a readable"
                    + " ZIP (truncated or damaged in transfer?). Copy it again from where it was made.", e);
        } catch (IOException e) {
            throw new BackupRefusedException("The backup " + backup + " cannot be opened: " + e.getMessage(), e);
        }
    }

    private static Map<String, ZipEntry> entries(ZipFile zip) {
        Map<String, ZipEntry> entries = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (!BackupFormat.isSafeEntryName(entry.getName())) {
                throw new BackupRefusedException("The backup holds an entry named \"" + BackupRestorer.printable(entry.getName())
                        + "\", which no Abhilekh backup contains (a path that could escape the data folder?). Nothing was restored.");
            }
            if (entries.put(entry.getName(), entry) != null) {
                throw new BackupRefusedException("The backup holds " + entry.getName() + " twice. Nothing was restored.");
            }
        }
        return entries;
    }

    private static BackupManifest manifest(ZipFile zip, Map<String, ZipEntry> entries) throws IOException {
        ZipEntry entry = entries.get(BackupManifest.FILE);
        if (entry == null) {
            throw new BackupRefusedException("The backup has no manifest.json: it is incomplete or not an Abhilekh backup.");
        }
        BackupManifest manifest;
        try (InputStream in = new BackupRestorer.LimitedStream(zip.getInputStream(entry), BackupFormat.MAX_MANIFEST_BYTES, BackupManifest.FILE)) {
            manifest = BackupFormat.readManifest(in);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BackupRefusedException("The backup's manifest.json cannot be read: " + e.getOriginalMessage(), e);
        }
        if (manifest == null || !BackupManifest.FORMAT.equals(manifest.format())) {
            throw new BackupRefusedException("The manifest does not describe an Abhilekh backup.");
        }
        if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
            throw new BackupRefusedException("The backup was made by a newer version of Abhilekh (backup format "
                    + manifest.formatVersion() + "; this version reads up to " + BackupManifest.FORMAT_VERSION
                    + "). Restore it with that version or a later one.");
        }
        if (manifest.formatVersion() < 1 || manifest.schemaVersion() == null || !manifest.schemaVersion().matches("\\d{1,9}(\\.\\d{1,9}){0,3}")
                || manifest.tables() == null || manifest.blobs() == null || manifest.index() == null || manifest.index().files() == null) {
            throw new BackupRefusedException("The manifest is incomplete (format version, schema version, tables, blobs and index are required).");
        }
        return manifest;
    }

    /** Every file the manifest lists, by path, after checking each path and each blob's name. */
    private static Map<String, BackupManifest.StoredFile> listed(BackupManifest manifest) {
        Map<String, BackupManifest.StoredFile> files = new LinkedHashMap<>();
        Set<String> tables = new HashSet<>();
        for (BackupManifest.Table table : manifest.tables()) {
            if (table.name() == null || table.file() == null || table.columns() == null || table.columns().isEmpty()
                    || !tables.add(table.name()) || !("rows/" + table.name() + ".jsonl").equals(table.file().path())) {
                throw new BackupRefusedException("The manifest describes a table incompletely or twice: " + BackupRestorer.printable(String.valueOf(table.name())));
            }
            add(files, table.file());
        }
        for (String folder : BackupManifest.PART_FOLDERS) {
            for (BackupManifest.StoredFile file : manifest.files(folder)) {
                if (file != null && file.path() != null && !file.path().startsWith(folder + "/")) {
                    throw new BackupRefusedException("The manifest lists " + BackupRestorer.printable(file.path()) + " among the " + folder + " files.");
                }
                add(files, file);
            }
        }
        for (BackupManifest.StoredFile blob : manifest.blobs()) {
            if (!blob.path().equals("blobs/" + blob.sha256())) {
                throw new BackupRefusedException("The blob " + blob.path() + " is listed with another sha256 (" + blob.sha256() + ").");
            }
        }
        return files;
    }

    private static void add(Map<String, BackupManifest.StoredFile> files, BackupManifest.StoredFile file) {
        if (file == null || !BackupFormat.isSafeEntryName(file.path()) || file.path().equals(BackupManifest.FILE)
                || file.sha256() == null || !file.sha256().matches("[0-9a-f]{64}") || file.size() < 0) {
            throw new BackupRefusedException("The manifest lists a file with an unusable name, size or sha256: "
                    + BackupRestorer.printable(file == null ? "null" : String.valueOf(file.path())));
        }
        if (files.put(file.path(), file) != null) {
            throw new BackupRefusedException("The manifest lists " + file.path() + " twice.");
        }
    }

    /** Reads the whole entry once: its size and sha256 must be those the manifest lists. */
    private static void verify(ZipFile zip, ZipEntry entry, BackupManifest.StoredFile file) throws IOException {
        if (entry == null) {
            throw new BackupRefusedException("The backup lacks " + file.path() + ", which its manifest lists: it is incomplete.");
        }
        MessageDigest digest = BackupFormat.sha256Digest();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                size += read;
                if (size > file.size()) {
                    throw new BackupRefusedException(file.path() + " is larger than its manifest says (" + file.size() + " bytes): the backup is damaged.");
                }
                digest.update(buffer, 0, read);
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new BackupRefusedException(file.path() + " cannot be read from the backup (" + e.getMessage() + "): the ZIP is damaged.", e);
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (size != file.size() || !sha256.equals(file.sha256())) {
            throw new BackupRefusedException(file.path() + " does not match its manifest (sha256 " + sha256 + ", expected "
                    + file.sha256() + "): the backup is damaged. Nothing was restored.");
        }
    }
}
