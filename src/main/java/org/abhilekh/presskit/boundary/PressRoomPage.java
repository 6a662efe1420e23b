package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.abhilekh.coverage.boundary.CoverageReport;
import org.abhilekh.coverage.entity.Coverage;
import org.abhilekh.presskit.entity.KitEntry;
import org.abhilekh.presskit.entity.KitView;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /press/}: the kits, the latest press releases and "As covered by". Always the public
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

    private List<KitView> kits;
    private List<Coverage.Outlet> outlets;
    private List<KitEntry> releases;

    public void load() {
        kits = pressKits.list(PressKits.Viewer.publicReader(), siteUrl.of(Faces.getRequest()));
        outlets = coverageReport.coverage(false, null, null).outlets();
        releases = pressKits.latestPressReleases(RELEASES);
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
