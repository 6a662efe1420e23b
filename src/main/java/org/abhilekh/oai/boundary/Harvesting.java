package org.abhilekh.oai.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.entity.PublicDescription;
import org.abhilekh.oai.control.Catalogue;
import org.abhilekh.oai.control.HarvestItems;
import org.abhilekh.oai.control.OaiProtocol;
import org.abhilekh.oai.control.Tombstones;
import org.abhilekh.oai.entity.Tombstone;
import org.abhilekh.platform.entity.Organisation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers OAI-PMH requests over the public archive (read through the archive's front door) and its tombstones. Each
 * request gets a data provider for the address it came to (or the configured public address), which costs next to
 * nothing.
 */
@ApplicationScoped
public class Harvesting implements Catalogue {

    @Inject
    Archive archive;

    @Inject
    Tombstones tombstones;

    @Inject
    @ConfigProperty(name = "abhilekh.oai.page-size", defaultValue = "100")
    int pageSize;

    @Inject
    @ConfigProperty(name = "abhilekh.oai.repository-id")
    Optional<String> configuredRepositoryId;

    @Inject
    @ConfigProperty(name = "abhilekh.oai.admin-email")
    Optional<String> configuredAdminEmail;

    /** The XML answer to a request with these parameters, which came to {@code origin + "/oai"}. */
    public byte[] answer(Map<String, String[]> parameters, String origin) {
        String repositoryId = repositoryId(origin);
        Instant earliest = Stream.of(archive.earliestPublicChange(), tombstones.earliest()).flatMap(Optional::stream)
                .min(Instant::compareTo).orElseGet(Instant::now);
        String adminEmail = configuredAdminEmail.map(String::strip).filter(email -> !email.isEmpty()).orElse("archive@" + repositoryId);
        HarvestItems items = new HarvestItems(this, repositoryId, origin, Organisation.NAME);
        return new OaiProtocol(items, origin + "/oai", adminEmail, earliest, Math.max(1, pageSize)).answer(parameters);
    }

    /** The configured namespace of identifiers, or else the host of the public address. */
    private String repositoryId(String origin) {
        return configuredRepositoryId.map(String::strip).filter(id -> !id.isEmpty())
                .orElseGet(() -> Optional.ofNullable(URI.create(origin).getHost()).orElse("localhost"));
    }

    @Override
    public List<Long> publicIds(Instant from, Instant until, String type) {
        return archive.publicIds(from, until, type);
    }

    @Override
    public List<PublicDescription> publicDescriptions(Collection<Long> ids) {
        return archive.publicDescriptions(ids);
    }

    @Override
    public List<Long> withdrawnIds(Instant from, Instant until, String type) {
        return tombstones.ids(from, until, type);
    }

    @Override
    public List<Tombstone> tombstones(Collection<Long> ids) {
        return tombstones.of(ids);
    }
}
