package org.abhilekh.oai.control;

import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.exceptions.handler.NoMatchesException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.abhilekh.archive.entity.DocumentType;
import org.abhilekh.archive.entity.PublicDescription;
import org.abhilekh.oai.entity.Tombstone;

/**
 * The archive as XOAI sees it: items are public documents (live records) and tombstones (deleted records), one
 * sequence ordered by document id, so a resumption token's offset means the same position on every page; sets are
 * the document types ({@code type:press-clipping}, ...) under one parent set {@code type}, listed whatever the archive
 * holds, so the list of sets tells nothing about staff-only material.
 */
public class HarvestItems implements ItemRepository, SetRepository {

    public static final String TYPE_SET = "type";
    static final String DOCUMENT = ":document/";
    /** Instead of no upper end: a date later than any change, which both databases' timestamps hold. */
    static final Instant NO_END = Instant.parse("9999-01-01T00:00:00Z");

    private final Catalogue catalogue;
    private final String repositoryId;
    private final String origin;
    private final String publisher;

    /**
     * @param repositoryId the namespace of identifiers ({@code oai:<repositoryId>:document/<id>})
     * @param origin       where the public pages are (scheme, host, port and context path)
     * @param publisher    who publishes the archive
     */
    public HarvestItems(Catalogue catalogue, String repositoryId, String origin, String publisher) {
        this.catalogue = catalogue;
        this.repositoryId = repositoryId;
        this.origin = origin;
        this.publisher = publisher;
    }

    public String identifier(long documentId) {
        return "oai:" + repositoryId + DOCUMENT + documentId;
    }

    /** The document an identifier of this repository names; empty for anything else. */
    Optional<Long> documentId(String identifier) {
        String prefix = "oai:" + repositoryId + DOCUMENT;
        if (identifier == null || !identifier.startsWith(prefix)) {
            return Optional.empty();
        }
        String digits = identifier.substring(prefix.length());
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    public String pageUrl(long documentId) {
        return origin + "/archive/document.xhtml?id=" + documentId;
    }

    @Override
    public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
        return find(identifier);
    }

    @Override
    public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
        return find(identifier);
    }

    private Item find(String identifier) throws IdDoesNotExistException {
        long id = documentId(identifier).orElseThrow(IdDoesNotExistException::new);
        List<Long> one = List.of(id);
        Optional<Item> live = catalogue.publicDescriptions(one).stream().findFirst().map(this::live);
        if (live.isPresent()) {
            return live.get();
        }
        return catalogue.tombstones(one).stream().findFirst().map(this::deleted).orElseThrow(IdDoesNotExistException::new);
    }

    @Override
    public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format, int maxResponseLength,
                                                          ResumptionToken.Value token) throws HandlerException {
        ResultsPage<Item> page = getItems(filters, format, maxResponseLength, token);
        return new ResultsPage<>(token, page.hasMore(), List.<ItemIdentifier>copyOf(page.getList()), page.getTotal());
    }

    @Override
    public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int maxResponseLength,
                                      ResumptionToken.Value token) throws HandlerException {
        Instant from = token.hasFrom() ? token.getFrom() : Instant.EPOCH;
        Instant until = token.hasUntil() ? token.getUntil() : NO_END;
        String type = typeOf(token.hasSetSpec() ? token.getSetSpec() : null);
        List<Long> live = catalogue.publicIds(from, until, type);
        TreeSet<Long> all = new TreeSet<>(live);
        all.addAll(catalogue.withdrawnIds(from, until, type));
        long offset = token.hasOffset() ? token.getOffset() : 0;
        if (offset < 0 || offset >= all.size() || maxResponseLength < 1) {
            throw new NoMatchesException();
        }
        List<Long> pageIds = new ArrayList<>(all).subList((int) offset, (int) Math.min(all.size(), offset + maxResponseLength));
        Map<Long, Item> items = new HashMap<>();
        catalogue.publicDescriptions(pageIds).forEach(description -> items.put(description.id(), live(description)));
        List<Long> gone = pageIds.stream().filter(id -> !items.containsKey(id)).toList();
        catalogue.tombstones(gone).forEach(tombstone -> items.put(tombstone.getDocumentId(), deleted(tombstone)));
        // A document changed between the two questions above is left out of this page rather than shown wrongly.
        List<Item> page = pageIds.stream().filter(items::containsKey).map(items::get).toList();
        if (page.isEmpty()) {
            throw new NoMatchesException();
        }
        boolean more = offset + pageIds.size() < all.size();
        return new ResultsPage<>(token, more, page, all.size());
    }

    /** The document type's code a set stands for; null for the parent set. */
    private static String typeOf(String setSpec) throws NoMatchesException {
        if (setSpec == null || TYPE_SET.equals(setSpec)) {
            return null;
        }
        if (setSpec.startsWith(TYPE_SET + ":")) {
            String code = setSpec.substring(TYPE_SET.length() + 1);
            if (DocumentType.fromCode(code).isPresent()) {
                return code;
            }
        }
        throw new NoMatchesException();
    }

    @Override
    public boolean supportSets() {
        return true;
    }

    @Override
    public List<Set> getSets() {
        List<Set> sets = new ArrayList<>();
        sets.add(new Set(TYPE_SET).withName("Document types"));
        Arrays.stream(DocumentType.values()).forEach(type -> sets.add(new Set(setOf(type.code())).withName(name(type))));
        return sets;
    }

    @Override
    public boolean exists(String setSpec) {
        return getSets().stream().anyMatch(set -> set.getSpec().equals(setSpec));
    }

    static String setOf(String typeCode) {
        return TYPE_SET + ":" + typeCode;
    }

    private static String name(DocumentType type) {
        String words = type.code().replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1) + "s";
    }

    private Item live(PublicDescription description) {
        Metadata metadata = Metadata.copyFromStream(new ByteArrayInputStream(
                DublinCore.of(description, publisher, pageUrl(description.id())).getBytes(StandardCharsets.UTF_8)));
        return new HarvestRecord(identifier(description.id()), description.changedAt(), List.of(new Set(setOf(description.type()))), false, metadata);
    }

    private Item deleted(Tombstone tombstone) {
        return new HarvestRecord(identifier(tombstone.getDocumentId()), tombstone.getDeletedAt(), List.of(new Set(setOf(tombstone.getType()))),
                true, null);
    }

    /** One record: a live one with its Dublin Core, or a deleted one, which has none. */
    private record HarvestRecord(String identifier, Instant datestamp, List<Set> sets, boolean deleted, Metadata metadata) implements Item {

        @Override
        public String getIdentifier() {
            return identifier;
        }

        @Override
        public Instant getDatestamp() {
            return datestamp;
        }

        @Override
        public List<Set> getSets() {
            return sets;
        }

        @Override
        public boolean isDeleted() {
            return deleted;
        }

        @Override
        public Metadata getMetadata() {
            return metadata;
        }
    }
}
