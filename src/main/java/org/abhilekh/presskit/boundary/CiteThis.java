package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.entity.DocumentFacts;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.presskit.control.Citation;
import org.omnifaces.util.Faces;

/**
 * "Cite this" for an archive document's page: its stable URL and a credit line. Reads the document
 * through the archive's facade with the caller's visibility, like every other reader.
 */
@Named
@RequestScoped
public class CiteThis {

    @Inject
    SiteUrl siteUrl;

    @Inject
    Archive archive;

    @Inject
    Caller caller;

    /** A citation for a document, or null when the caller may not see it. */
    public Cited document(long id) {
        return archive.facts(id, caller.isStaff()).map(this::cite).orElse(null);
    }

    private Cited cite(DocumentFacts facts) {
        String url = siteUrl.of(Faces.getRequest()) + "/archive/document.xhtml?id=" + facts.id();
        String source = facts.outlet() != null ? facts.outlet() : null;
        return new Cited(url, Citation.line(facts.title(), source, facts.date(), url));
    }

    /** What the "Cite this" box shows. */
    public record Cited(String url, String line) {
    }
}
