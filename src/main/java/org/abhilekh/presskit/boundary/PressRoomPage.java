package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.abhilekh.coverage.boundary.CoverageReport;
import org.abhilekh.coverage.entity.Coverage;
import org.abhilekh.platform.boundary.LanguagePreference;
import org.abhilekh.presskit.entity.KitEntry;
import org.abhilekh.presskit.entity.KitView;
import org.abhilekh.presskit.entity.PressRoomContent;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /press/}: the kits, the latest press releases, "As covered by", and the editors' words about the
 * organisation and media contacts in the reader's language (English where no Hindi is written). Always the public
 * view, also for staff, because this page is what journalists see; staff work under /admin/press/.
 */
@Named
@RequestScoped
public class PressRoomPage {

    @Inject
    SiteUrl siteUrl;

    private static final int RELEASES = 5;

    @Inject
    PressKits pressKits;

    @Inject
    CoverageReport coverageReport;

    @Inject
    PressRoom pressRoom;

    @Inject
    LanguagePreference languagePreference;

    private PressRoomContent content;

    private List<KitView> kits;
    private List<Coverage.Outlet> outlets;
    private List<KitEntry> releases;

    public void load() {
        kits = pressKits.list(PressKits.Viewer.publicReader(), siteUrl.of(Faces.getRequest()));
        outlets = coverageReport.coverage(false, null, null).outlets();
        releases = pressKits.latestPressReleases(RELEASES);
        content = pressRoom.content();
    }

    /** The press room's words as editors keep them. */
    public PressRoomContent getContent() {
        return content;
    }

    /** The reader's language, "en" or "hi", for choosing among the editors' texts. */
    public String getLanguage() {
        return languagePreference.isHindi() ? "hi" : "en";
    }

    public List<KitView> getKits() {
        return kits;
    }

    public List<Coverage.Outlet> getOutlets() {
        return outlets;
    }

    public List<KitEntry> getReleases() {
        return releases;
    }

    public String kitOf(KitEntry release) {
        return pressKits.kitOfItem(release.itemId()).orElse("");
    }
}
