package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.platform.control.BundledFolder;
import org.abhilekh.platform.control.Settings;
import org.abhilekh.presskit.entity.AssetDescription;
import org.abhilekh.presskit.entity.ItemKind;
import org.abhilekh.safeguarding.control.FindingsJson;
import org.abhilekh.safeguarding.control.SafeguardingHoldException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the seed press kits ({@code seed-content/presskits/kits.json}) once, after the seed archive, and publishes
 * them; one in which the safeguarding checks find something stays a draft for an editor to review.
 * Kits refer to archive documents by their seed file path; the file's sha256 finds the document, so
 * ids do not matter. A setting records that it ran; a kit whose slug exists is left alone, so an
 * interrupted first run, repeated, adds nothing twice.
 */
@ApplicationScoped
public class PressKitSeed {

    public static final String IMPORTED = "seed.presskits.imported";
    private static final String SYSTEM = "system";
    private static final Logger LOG = Logger.getLogger(PressKitSeed.class.getName());

    @Inject
    PressKits pressKits;

    @Inject
    Archive archive;

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "abhilekh.seed.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "abhilekh.seed.dir")
    Optional<String> seedDir;

    /** Whether {@link #importOnce()} has nothing (left) to do. */
    public boolean isDone() {
        return !enabled || settings.get(IMPORTED).isPresent();
    }

    public void importOnce() throws IOException {
        if (isDone()) {
            return;
        }
        Path seed = BundledFolder.resolve(seedDir, "seed-content", "README.md");
        Path folder = seed.resolve("presskits");
        JsonValue kits;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(folder.resolve("kits.json"), StandardCharsets.UTF_8))) {
            kits = reader.readValue();
        }
        int created = 0;
        for (JsonObject kit : kits.asJsonArray().getValuesAs(JsonObject.class)) {
            String slug = kit.getString("slug");
            if (pressKits.exists(slug)) {
                continue;
            }
            Instant embargo = kit.isNull("embargoUntil") ? null : Instant.parse(kit.getString("embargoUntil"));
            pressKits.create(slug, kit.getString("title"), kit.getString("summary", null), embargo, "", SYSTEM);
            for (JsonObject item : kit.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (item.containsKey("document")) {
                    addDocument(slug, seed.resolve(item.getString("document")));
                } else {
                    addAsset(slug, folder, item);
                }
            }
            try {
                pressKits.publish(slug, false, SYSTEM);
            } catch (SafeguardingHoldException e) {
                LOG.warning(() -> "Seed kit " + slug + " stays a draft: " + e.getMessage() + " " + FindingsJson.toJson(e.findings()));
            }
            created++;
        }
        settings.put(IMPORTED, Instant.now().toString());
        int count = created;
        LOG.info(() -> "Seed press kits loaded: " + count + " created");
    }

    private void addDocument(String slug, Path file) throws IOException {
        Optional<Long> id = archive.idOfContent(sha256(file));
        if (id.isEmpty()) {
            LOG.warning(() -> "Seed kit " + slug + ": " + file.getFileName() + " is not in the archive; left out");
            return;
        }
        pressKits.addDocument(slug, id.get(), SYSTEM);
    }

    private void addAsset(String slug, Path folder, JsonObject item) throws IOException {
        Path file = folder.resolve(item.getString("asset"));
        ItemKind kind = ItemKind.fromCode(item.getString("kind"))
                .orElseThrow(() -> new IllegalStateException("Seed kit " + slug + ": unknown kind " + item.getString("kind")));
        AssetDescription description = new AssetDescription(item.getString("title"),
                item.containsKey("date") ? LocalDate.parse(item.getString("date")) : null,
                file.getFileName().toString(), item.getString("mediaType"), item.getString("caption", null),
                item.getString("credit", null), item.getString("licence", null));
        try (InputStream in = Files.newInputStream(file)) {
            pressKits.addAsset(slug, kind, description, in, false, SYSTEM);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
