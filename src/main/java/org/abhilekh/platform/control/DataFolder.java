package org.abhilekh.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one folder that holds everything Abhilekh writes: the H2 database, the blob store, the
 * Lucene index and the public copies of files. Moving the folder moves the installation.
 */
@ApplicationScoped
public class DataFolder {

    @Inject
    @ConfigProperty(name = "abhilekh.data.dir", defaultValue = "./data")
    String dataDir;

    public Path root() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    public Path blobs() {
        return create(root().resolve("blobs"));
    }

    public Path index() {
        return create(root().resolve("index"));
    }

    /** Copies made from the blobs for the public (derived, so not backed up: they are made again when asked for). */
    public Path publicCopies() {
        return create(root().resolve("public-copies"));
    }

    private static Path create(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data folder " + folder, e);
        }
    }
}
