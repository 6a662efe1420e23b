package org.abhilekh.presskit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.PageMessages;
import org.abhilekh.platform.control.AbhilekhException;
import org.abhilekh.presskit.control.PressRoomRules;
import org.abhilekh.presskit.entity.Bilingual;
import org.abhilekh.presskit.entity.MediaContact;
import org.abhilekh.presskit.entity.PressRoomContent;
import org.abhilekh.safeguarding.control.SafeguardingHoldException;
import org.abhilekh.safeguarding.entity.Finding;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/press/room.xhtml}: editors change the press room's words (about the organisation, the note for a
 * child in danger, the media contacts) in English and Hindi. Other staff are answered 403, on the page and on saving.
 * The form carries the version it showed, so a colleague's save in between is reported instead of overwritten. The
 * contacts are plain numbered fields, read back by name, so the page keeps no state between requests; a row left
 * empty is dropped and two empty rows are offered for new contacts. Words the safeguarding checks hold are shown
 * again with the findings and a box to say they were reviewed.
 */
@Named
@RequestScoped
public class PressRoomEditor {

    private static final int EMPTY_ROWS = 2;

    @Inject
    PressRoom pressRoom;

    @Inject
    Caller caller;

    private long version;
    private String aboutEn;
    private String aboutHi;
    private String helplineEn;
    private String helplineHi;
    private List<ContactRow> contacts;
    private boolean safeguardingReviewed;
    private List<Finding> findings = List.of();

    /** One contact as the form shows it: every field a plain string, empty for an empty row. */
    public static final class ContactRow {
        private final String name;
        private final String roleEn;
        private final String roleHi;
        private final String email;
        private final String phone;

        ContactRow(String name, String roleEn, String roleHi, String email, String phone) {
            this.name = name;
            this.roleEn = roleEn;
            this.roleHi = roleHi;
            this.email = email;
            this.phone = phone;
        }

        boolean isEmpty() {
            return Stream.of(name, roleEn, roleHi, email, phone).allMatch(value -> value == null || value.isBlank());
        }

        MediaContact contact() {
            return new MediaContact(name, new Bilingual(roleEn, roleHi), email, phone);
        }

        public String getName() {
            return name;
        }

        public String getRoleEn() {
            return roleEn;
        }

        public String getRoleHi() {
            return roleHi;
        }

        public String getEmail() {
            return email;
        }

        public String getPhone() {
            return phone;
        }
    }

    @PostConstruct
    void init() {
        if (Faces.isPostback()) {
            version = number(Faces.getRequestParameter("version"));
            int count = (int) Math.min(number(Faces.getRequestParameter("contact-count")), PressRoomRules.MAX_CONTACTS + EMPTY_ROWS);
            contacts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                contacts.add(new ContactRow(Faces.getRequestParameter("contact-name-" + i), Faces.getRequestParameter("contact-role-en-" + i),
                        Faces.getRequestParameter("contact-role-hi-" + i), Faces.getRequestParameter("contact-email-" + i),
                        Faces.getRequestParameter("contact-phone-" + i)));
            }
            return;
        }
        PressRoomContent content = pressRoom.content();
        version = content.version();
        aboutEn = content.about().en();
        aboutHi = content.about().hi();
        helplineEn = content.helpline().en();
        helplineHi = content.helpline().hi();
        contacts = new ArrayList<>();
        content.contacts().forEach(c -> contacts.add(new ContactRow(c.name(), c.role().en(), c.role().hi(), c.email(), c.phone())));
        for (int i = 0; i < EMPTY_ROWS && contacts.size() < PressRoomRules.MAX_CONTACTS; i++) {
            contacts.add(new ContactRow(null, null, null, null, null));
        }
    }

    /** Only editors see the form: other staff get an honest 403, not a form whose saving fails. */
    public void requireEditor() throws IOException {
        if (!caller.isEditor()) {
            Faces.responseSendError(403, "Only editors and administrators may change the press room.");
        }
    }

    public String save() {
        try {
            caller.requireEditor();
            List<MediaContact> kept = contacts.stream().filter(row -> !row.isEmpty()).map(ContactRow::contact).toList();
            pressRoom.change(version, new Bilingual(aboutEn, aboutHi), new Bilingual(helplineEn, helplineHi), kept, caller.getName(),
                    safeguardingReviewed);
            PageMessages.flashInfo("pressRoom.saved");
            return "/admin/press/room.xhtml?faces-redirect=true";
        } catch (AbhilekhException e) {
            Messages.addGlobalError(e.getMessage());
            if (e instanceof SafeguardingHoldException held) {
                findings = held.findings();
            }
            return null;
        }
    }

    private static long number(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public boolean isSafeguardingReviewed() {
        return safeguardingReviewed;
    }

    public void setSafeguardingReviewed(boolean safeguardingReviewed) {
        this.safeguardingReviewed = safeguardingReviewed;
    }

    public long getVersion() {
        return version;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public String getAboutEn() {
        return aboutEn;
    }

    public void setAboutEn(String aboutEn) {
        this.aboutEn = aboutEn;
    }

    public String getAboutHi() {
        return aboutHi;
    }

    public void setAboutHi(String aboutHi) {
        this.aboutHi = aboutHi;
    }

    public String getHelplineEn() {
        return helplineEn;
    }

    public void setHelplineEn(String helplineEn) {
        this.helplineEn = helplineEn;
    }

    public String getHelplineHi() {
        return helplineHi;
    }

    public void setHelplineHi(String helplineHi) {
        this.helplineHi = helplineHi;
    }
}
