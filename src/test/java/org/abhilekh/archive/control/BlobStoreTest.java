package org.abhilekh.archive.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.abhilekh.platform.control.PayloadTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {

    @TempDir
    Path root;

    @Test
    void theSameBytesAreStoredOnceUnderTheirSha256() throws IOException {
        BlobStore store = new BlobStore(root);
        byte[] bytes = "बाल श्रम report".getBytes(StandardCharsets.UTF_8);

        BlobStore.Staged first = store.stage(new ByteArrayInputStream(bytes), 1_000);
        Path path = store.commit(first);
        BlobStore.Staged second = store.stage(new ByteArrayInputStream(bytes), 1_000);
        assertEquals(path, store.commit(second));

        assertEquals(first.sha256(), second.sha256());
        assertEquals(64, first.sha256().length());
        assertEquals(bytes.length, first.size());
        assertArrayEquals(bytes, Files.readAllBytes(store.find(first.sha256()).orElseThrow()));
        try (var incoming = Files.list(root.resolve("incoming"))) {
            assertEquals(0, incoming.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anOversizedStreamIsRefusedAndLeavesNothing() throws IOException {
        BlobStore store = new BlobStore(root);
        assertThrows(PayloadTooLargeException.class, () -> store.stage(new ByteArrayInputStream(new byte[2_049]), 2_048));
        try (var incoming = Files.list(root.resolve("incoming"))) {
            assertEquals(0, incoming.count());
        }
    }

    @Test
    void onlyWellFormedAddressesAreLookedUp() throws IOException {
        BlobStore store = new BlobStore(root);
        assertFalse(store.find("../../etc/passwd").isPresent());
        assertFalse(store.find(null).isPresent());
        assertFalse(store.find("a".repeat(64)).isPresent());
        assertTrue(store.isWritable());
    }
}
