package org.abhilekh.oai.control;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.abhilekh.archive.entity.PublicDescription;
import org.abhilekh.oai.entity.Tombstone;

/**
 * Where harvested records come from: the public documents (through the archive's front door, so its visibility rules
 * apply) and the tombstones of those that were withdrawn. Windows are [{@code from}, {@code until}) on the time of the
 * last change; {@code type} is a document type's code, or null for every type; ids come in ascending order.
 */
public interface Catalogue {

    List<Long> publicIds(Instant from, Instant until, String type);

    List<PublicDescription> publicDescriptions(Collection<Long> ids);

    List<Long> withdrawnIds(Instant from, Instant until, String type);

    List<Tombstone> tombstones(Collection<Long> ids);
}
