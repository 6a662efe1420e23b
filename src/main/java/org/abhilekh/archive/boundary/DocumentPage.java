package org.abhilekh.archive.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.search.boundary.SearchIndex;
import org.abhilekh.search.entity.SearchHit;
import org.abhilekh.security.boundary.Caller;

/** Backs {@code /archive/document.xhtml?id=}: one document's description, text and original. */
@Named
@RequestScoped
public class DocumentPage {

    static final int TEXT_PREVIEW_CHARS = 6_000;

    @Inject
    Archive archive;

    @Inject
    Caller caller;

    @Inject
    ExternalContext externalContext;

    @Inject
    SearchIndex searchIndex;

    private Document document;
    private List<SearchHit> similar = List.of();
    private DocumentMetadata metadata;
    private String text;

    public void load() {
        String id = externalContext.getRequestParameterMap().get("id");
        try {
            document = archive.find(id == null ? -1 : DocumentsResource.parseId(id), caller.isStaff());
        } catch (NotFoundException e) {
            externalContext.setResponseStatus(404);
            return;
        }
        metadata = MetadataReader.stored(document.getMetadataJson(), document.getOriginalName());
        text = archive.text(document.getId()).orElse("");
        similar = searchIndex.moreLikeThis(document.getId(), caller.isStaff(), DocumentsResource.SIMILAR);
    }

    public List<SearchHit> getSimilar() {
        return similar;
    }

    public Document getDocument() {
        return document;
    }

    /** The type-specific details (outlet, authors, audience...) by name, each with its values joined. */
    public List<Map.Entry<String, String>> getAttributes() {
        return metadata == null ? List.of() : metadata.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> Map.entry(entry.getKey(), String.join(", ", entry.getValue()))).toList();
    }

    public String getTags() {
        return metadata == null ? "" : String.join(", ", metadata.tags());
    }

    public String getTextPreview() {
        return text == null || text.length() <= TEXT_PREVIEW_CHARS ? text : text.substring(0, TEXT_PREVIEW_CHARS) + " …";
    }

    public boolean isImage() {
        return document != null && document.getMediaType() != null && document.getMediaType().startsWith("image/");
    }
}
