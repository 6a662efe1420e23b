package org.abhilekh.operations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.operations.entity.BackupFile;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.LanguagePreference;
import org.abhilekh.platform.control.AbhilekhException;

/**
 * Backs {@code /admin/backup.xhtml}: the backups in the data folder with their sizes and times, a
 * button that makes a new one, and download links (the API's, which check the role again). The staff
 * area lets every staff role in; this page shows its content to administrators only.
 */
@Named
@RequestScoped
public class BackupPage {

    private static final Logger LOG = Logger.getLogger(BackupPage.class.getName());
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    @Inject
    Backups backups;

    @Inject
    Caller caller;

    @Inject
    FacesContext faces;

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
        ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
        if (!isAllowed()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.getString("backup.adminOnly"), null));
            return null;
        }
        try {
            BackupFile made = backups.create(caller.getName());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.getString("backup.made") + " " + made.name() + " (" + size(made.size()) + ")", null));
        } catch (AbhilekhException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A backup from the backup page failed", e);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.getString("backup.failed"), null));
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
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", language.getLocale()).format(file.created().atZone(INDIA)) + " IST";
    }
}
