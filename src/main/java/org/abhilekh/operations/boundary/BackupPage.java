package org.abhilekh.operations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.operations.entity.BackupFile;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.LanguagePreference;
import org.abhilekh.platform.boundary.PageMessages;
import org.abhilekh.platform.entity.Organisation;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/backup.xhtml}: the backups in the data folder with their sizes and times, a
 * button that makes a new one, and download links (the API's, which check the role again). The staff
 * area lets every staff role in; this page shows its content to administrators only.
 */
@Named
@RequestScoped
public class BackupPage {

    private static final Logger LOG = Logger.getLogger(BackupPage.class.getName());

    @Inject
    Backups backups;

    @Inject
    Caller caller;

    @Inject
    LanguagePreference language;

    private List<BackupFile> list;

    public boolean isAllowed() {
        return caller.isAdmin();
    }

    public List<BackupFile> getBackups() {
        if (list == null) {
            list = isAllowed() ? backups.list() : List.of();
        }
        return list;
    }

    public String create() {
        if (!isAllowed()) {
            PageMessages.error("backup.adminOnly");
            return null;
        }
        try {
            PageMessages.attempt(() -> {
                BackupFile made = backups.create(caller.getName());
                Messages.addGlobalInfo(PageMessages.text("backup.made") + " " + made.name() + " (" + size(made.size()) + ")");
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A backup from the backup page failed", e);
            PageMessages.error("backup.failed");
        }
        list = null;
        return null;
    }

    /** A size for people: bytes, KB, MB or GB with one decimal, in the interface language's digits. */
    public String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(language.getLocale());
        number.setMaximumFractionDigits(1);
        String[] units = {"B", "KB", "MB", "GB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return number.format(value) + " " + units[unit];
    }

    public String time(BackupFile file) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", language.getLocale()).format(file.created().atZone(Organisation.ZONE)) + " IST";
    }
}
