package org.abhilekh.presskit.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The CRC-32 of files a ZIP stores unchanged, remembered for the next download. A stored ZIP entry needs its CRC before
 * its bytes, which costs a whole extra read of the file; the blob store and the public copies never change a file
 * once written (a different content is a different file), so the CRC of a path with the same size and time is the
 * same and each file is read for it once per server run. At most {@code capacity} files are remembered, the least
 * recently used forgotten first: about a hundred bytes each.
 */
public final class StoredChecksums {

    private record Key(Path file, long size, FileTime modified) {
    }

    private final Map<Key, Long> known;

    public StoredChecksums(int capacity) {
        this.known = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The file's CRC-32, read from the file (with this buffer) unless it is remembered. */
    public long crc32(Path file, byte[] buffer) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Key key = new Key(file.toAbsolutePath(), attributes.size(), attributes.lastModifiedTime());
        synchronized (known) {
            Long crc = known.get(key);
            if (crc != null) {
                return crc;
            }
        }
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                crc.update(buffer, 0, read);
            }
        }
        synchronized (known) {
            known.put(key, crc.getValue());
        }
        return crc.getValue();
    }

    /** How many files are remembered. */
    public int size() {
        synchronized (known) {
            return known.size();
        }
    }
}
