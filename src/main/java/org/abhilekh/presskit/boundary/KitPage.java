package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.presskit.control.Citation;
import org.abhilekh.presskit.control.KitReadme;
import org.abhilekh.presskit.entity.KitEntry;
import org.abhilekh.presskit.entity.KitView;
import org.omnifaces.util.Faces;

/** Backs {@code /press/kit.xhtml?slug=&preview=}: one kit, its items, the download and "Cite this". */
@Named
@RequestScoped
public class KitPage {

    @Inject
    SiteUrl siteUrl;

    @Inject
    PressKits pressKits;

    @Inject
    Caller caller;

    private KitView kit;
    private String preview;
    private String address;

    public void load() {
        String slug = Faces.getRequestParameter("slug");
        preview = Faces.getRequestParameter("preview");
        address = siteUrl.of(Faces.getRequest());
        try {
            kit = pressKits.find(slug, new PressKits.Viewer(caller.isStaff(), preview), address);
        } catch (NotFoundException e) {
            Faces.setResponseStatus(404);
        }
    }

    public KitView getKit() {
        return kit;
    }

    /** The address to share; never contains the preview token, so sharing it does not break the embargo. */
    public String getStableUrl() {
        return address + kit.url();
    }

    public String getCitation() {
        return Citation.line(kit.title(), "press kit", null, getStableUrl());
    }

    public String getZipUrl() {
        return Faces.getRequestContextPath() + kit.zipUrl() + previewSuffix("?");
    }

    public String itemUrl(KitEntry entry) {
        return Faces.getRequestContextPath() + "/press/kits/" + kit.slug() + "/items/" + entry.itemId() + previewSuffix("?");
    }

    public String entryUrl(KitEntry entry) {
        return KitReadme.stableUrl(entry, getStableUrl(), address);
    }

    public String entryCitation(KitEntry entry) {
        return Citation.line(entry.title(), entry.source(), entry.date(), entryUrl(entry));
    }

    public boolean isImage(KitEntry entry) {
        return entry.documentId() == null && entry.mediaType() != null && entry.mediaType().startsWith("image/");
    }

    private String previewSuffix(String separator) {
        return preview == null || preview.isEmpty() ? "" : separator + "preview=" + URLEncoder.encode(preview, StandardCharsets.UTF_8);
    }
}
