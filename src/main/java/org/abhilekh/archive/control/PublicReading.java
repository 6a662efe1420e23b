package org.abhilekh.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.abhilekh.archive.entity.Document;
import org.abhilekh.archive.entity.DocumentFacts;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.archive.entity.PublicDescription;
import org.abhilekh.archive.entity.RedactedCopy;
import org.abhilekh.archive.entity.Visibility;
import org.abhilekh.archive.entity.WithheldPassages;
import org.abhilekh.safeguarding.boundary.Safeguarding;
import org.abhilekh.safeguarding.control.FindingsJson;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * What the public would read of a document, and what the safeguarding checks find in it: the ground on which
 * publishing, releasing a withheld passage and the end of an extraction decide whether a document may go public.
 */
@ApplicationScoped
public class PublicReading {

    /** How a finding in a document's description says where it is: "description: title", "description: summary"... */
    public static final String DESCRIBED = "description: ";

    @Inject
    Safeguarding safeguarding;

    /** The safeguarding findings in what people wrote about a document; their {@code where} starts with {@link #DESCRIBED}. */
    public List<Finding> described(DocumentMetadata metadata) {
        List<Finding> found = new ArrayList<>();
        metadata.writtenTexts().forEach((field, text) -> found.addAll(safeguarding.inText(text, DESCRIBED + field)));
        return found;
    }

    /** Findings in a public document's new description that its old one did not have. */
    public List<Finding> newOnes(List<Finding> described, Document current) {
        List<String> before = FindingsJson.fromJson(current.getSafeguardingFindings()).stream()
                .filter(finding -> finding.where().startsWith(DESCRIBED)).map(Finding::what).toList();
        return described.stream().filter(finding -> !before.contains(finding.what())).toList();
    }

    /** Why a document is held back, for the 409 that lists the findings. */
    public static String holdReason(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "This document's text could not be read, so the safeguarding checks could not look at it. Open the file and make"
                    + " sure it names no child and gives no phone number or address; then send it again with"
                    + " \"safeguardingReviewed\": true (editors only).";
        }
        return "The safeguarding checks found " + findings.size() + " passage(s) that may identify a child or reach or locate a"
                + " person (listed under \"safeguarding\"). Remove them, or withhold them, or, having reviewed them, send the change"
                + " again with \"safeguardingReviewed\": true (editors only).";
    }

    /**
     * What the safeguarding checks find in what the public would read of a document so described, with these
     * passages withheld: its description and text as the public reads them, and any child's name found in the whole
     * text that the public still reads. With none withheld, what was found at extraction (text and file) and in this
     * description; with some, the file is not offered, so only words count.
     */
    public List<Finding> exposed(DocumentMetadata metadata, WithheldPassages withheld, String text, Document current) {
        if (withheld.isEmpty()) {
            List<Finding> found = new ArrayList<>(FindingsJson.fromJson(current.getSafeguardingFindings()).stream()
                    .filter(finding -> !finding.where().startsWith(DESCRIBED)).toList());
            found.addAll(described(metadata));
            return found;
        }
        DocumentMetadata readable = metadata.withheld(withheld);
        String readableText = withheld.redact(text);
        List<Finding> found = new ArrayList<>(described(readable));
        found.addAll(safeguarding.inText(readableText, "text"));
        // A child named once with an age and again without one stays named: each child's name must be withheld everywhere.
        List<String> readableDescription = List.copyOf(readable.writtenTexts().values());
        FindingsJson.fromJson(current.getSafeguardingFindings()).stream()
                .filter(finding -> finding.name() != null && finding.name().strip().length() >= WithheldPassages.MIN_LENGTH
                        && finding.name().length() <= WithheldPassages.MAX_LENGTH)
                .filter(finding -> {
                    WithheldPassages name = WithheldPassages.of(List.of(finding.name()));
                    return name.occursIn(readableText) || readableDescription.stream().anyMatch(name::occursIn);
                })
                .forEach(found::add);
        return found;
    }


    /**
     * The facts as the public may read them: with the withheld passages blacked out, and for a document with
     * withheld passages the redacted copy as its file, or no file ({@code sha256} null) when there is none.
     */
    public static DocumentFacts publicFacts(Document document) {
        WithheldPassages withheld = document.getWithheld();
        if (withheld.isEmpty()) {
            return facts(document);
        }
        DocumentMetadata metadata = MetadataReader.stored(document.getMetadataJson(), document.getOriginalName()).withheld(withheld);
        RedactedCopy copy = document.getRedactedCopy();
        return new DocumentFacts(document.getId(), metadata.title(), document.getType().code(), document.getDate(),
                document.getLanguage(), first(metadata, "outlet"), first(metadata, "medium"), first(metadata, "district"),
                copy == null ? null : copy.name(), copy == null ? null : copy.mediaType(), copy == null ? 0 : copy.sizeBytes(),
                copy == null ? null : copy.sha256(), document.getVisibility() == Visibility.PUBLIC);
    }

    /**
     * The description as the public may read it, for catalogues and harvesters: the withheld passages blacked out in
     * every word a person wrote, and nothing of the text. The summary, or a paper's abstract when it has none.
     */
    public static PublicDescription publicDescription(Document document) {
        DocumentMetadata metadata = MetadataReader.stored(document.getMetadataJson(), document.getOriginalName())
                .withheld(document.getWithheld());
        List<String> creators = new ArrayList<>();
        for (String attribute : List.of("authors", "outlet", "issuingBody")) {
            creators.addAll(metadata.attribute(attribute));
        }
        String summary = metadata.summary() != null && !metadata.summary().isBlank() ? metadata.summary() : first(metadata, "abstract");
        return new PublicDescription(document.getId(), document.getType().code(), document.getUpdatedAt(), metadata.title(),
                document.getDate(), document.getLanguage(), summary, creators, metadata.tags());
    }

    /** The facts of a document for another feature, as staff read them. */
    public static DocumentFacts facts(Document document) {
        DocumentMetadata metadata = MetadataReader.stored(document.getMetadataJson(), document.getOriginalName());
        return new DocumentFacts(document.getId(), document.getTitle(), document.getType().code(), document.getDate(),
                document.getLanguage(), first(metadata, "outlet"), first(metadata, "medium"), first(metadata, "district"),
                document.getOriginalName(), document.getMediaType(), document.getSizeBytes(), document.getSha256(),
                document.getVisibility() == Visibility.PUBLIC);
    }

    private static String first(DocumentMetadata metadata, String attribute) {
        List<String> values = metadata.attribute(attribute);
        return values.isEmpty() ? null : values.get(0);
    }
}
