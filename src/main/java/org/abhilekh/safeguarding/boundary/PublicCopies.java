package org.abhilekh.safeguarding.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.platform.control.DataFolder;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.safeguarding.control.PublicCopy;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * The file the public downloads instead of an original: the same content without the hidden metadata that can
 * identify or locate a person (a photo's GPS position and owner, a document's author, company and comments).
 * Made once per content when first asked for and kept in the data folder under its sha256; staff still get the
 * original byte for byte. A type that carries no such metadata (plain text, HTML) is served as it is; a file whose
 * copy cannot be made is not served to the public at all, rather than served with what it hides.
 */
@ApplicationScoped
public class PublicCopies {

    private static final Logger LOG = Logger.getLogger(PublicCopies.class.getName());
    /** Part of each copy's name: copies made by an earlier way of cleaning are made again, not served. */
    static final String VERSION = "v1";

    @Inject
    DataFolder dataFolder;

    /** Whether the public gets a copy of files of this type without their hidden metadata. */
    public boolean cleans(String mediaType) {
        return mediaType != null && PublicCopy.supports(mediaType);
    }

    /**
     * What must hold a file back from the public until an editor has reviewed it: every finding in its text or
     * description, and those in its hidden metadata unless the public copy leaves that metadata out.
     */
    public List<Finding> holding(List<Finding> findings, String mediaType) {
        boolean cleaned = cleans(mediaType);
        return findings.stream().filter(finding -> !cleaned || !finding.where().startsWith(Finding.FILE_METADATA)).toList();
    }

    /** The file to give the public for the original with this sha256 and media type. */
    public Path of(Path original, String sha256, String mediaType) {
        if (mediaType == null || !PublicCopy.supports(mediaType)) {
            return original;
        }
        Path copy = dataFolder.publicCopies().resolve(sha256 + "-" + VERSION);
        if (Files.exists(copy)) {
            return copy;
        }
        try {
            Path written = Files.createTempFile(dataFolder.publicCopies(), sha256, ".part");
            try {
                PublicCopy.Result result = PublicCopy.write(original, mediaType, written);
                if (!result.left().isEmpty()) {
                    LOG.info(() -> "The public copy of " + sha256 + " still holds: " + result.left());
                }
                Files.move(written, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(written);
            }
            return copy;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "No public copy could be made of " + sha256 + " (" + mediaType + "); the public is not given the file", e);
            throw new NotFoundException("This file cannot be offered for download; ask the archive for it.");
        }
    }

    /** Forgets the copy of content that is gone from the archive. */
    public void forget(String sha256) {
        try {
            Files.deleteIfExists(dataFolder.publicCopies().resolve(sha256 + "-" + VERSION));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The public copy of " + sha256 + " could not be deleted", e);
        }
    }
}
