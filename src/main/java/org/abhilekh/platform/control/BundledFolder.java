package org.abhilekh.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a folder that is either configured on disk or shipped inside the application (index-config/,
 * seed-content/), and gives it as a {@link Path} either way, so readers need not care where it lives.
 */
public final class BundledFolder {

    private BundledFolder() {
    }

    /**
     * @param configured a folder set by configuration, or empty for the bundled copy
     * @param bundled    the folder's name on the class path
     * @param marker     a file that the bundled folder always holds
     */
    public static Path resolve(Optional<String> configured, String bundled, String marker) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            Path folder = Path.of(configured.get()).toAbsolutePath().normalize();
            if (!Files.isDirectory(folder)) {
                throw new IllegalStateException("The configured folder " + folder + " (for " + bundled + ") does not exist");
            }
            return folder;
        }
        URL url = BundledFolder.class.getClassLoader().getResource(bundled + "/" + marker);
        if (url == null) {
            throw new IllegalStateException("The application is built without " + bundled + "/" + marker);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem zip;
                try {
                    zip = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    zip = FileSystems.getFileSystem(uri);
                }
                return zip.provider().getPath(uri).getParent();
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate " + bundled + " inside the application: " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
