package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abhilekh.presskit.control.PressRoomRepository;
import org.abhilekh.presskit.control.PressRoomRules;
import org.abhilekh.presskit.entity.Bilingual;
import org.abhilekh.presskit.entity.MediaContact;
import org.abhilekh.presskit.entity.PressRoomContent;
import org.abhilekh.safeguarding.boundary.Safeguarding;
import org.abhilekh.safeguarding.control.FindingsJson;
import org.abhilekh.safeguarding.control.SafeguardingHoldException;
import org.abhilekh.safeguarding.entity.Finding;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;

/**
 * The press room's own words (about the organisation, the note for a child in danger, the media contacts), which the
 * press room page and every kit's README show. Who may change them (editors) is checked by the callers; a change names
 * the version it was based on and is recorded in the audit trail with what changed. The words are public, so the
 * safeguarding checks read them first: what they find that the saved words did not have holds the change until the
 * editor says they reviewed it, which the trail records. A contact's e-mail address and phone number are published on
 * purpose and are not checked; their names and roles are.
 */
@ApplicationScoped
public class PressRoom {

    @Inject
    PressRoomRepository repository;

    @Inject
    AuditTrail audit;

    @Inject
    Safeguarding safeguarding;

    public PressRoomContent content() {
        return repository.content();
    }

    /**
     * Replaces the words if nobody saved since {@code expectedVersion} (else 409), and if the safeguarding checks find
     * nothing new in them or the editor reviewed what they found (else 409 with the findings); answers them with their
     * new version.
     */
    public PressRoomContent change(long expectedVersion, Bilingual about, Bilingual helpline, List<MediaContact> contacts, String actor,
            boolean safeguardingReviewed) {
        PressRoomContent next = PressRoomRules.checked(about, helpline, contacts);
        List<String> known = findings(repository.content()).stream().map(Finding::what).toList();
        List<Finding> found = findings(next).stream().filter(finding -> !known.contains(finding.what())).toList();
        if (!found.isEmpty() && !safeguardingReviewed) {
            throw new SafeguardingHoldException("The safeguarding checks found " + found.size() + " passage(s) in the press room's words that"
                    + " may identify a child or reach or locate a person. Change them, or save again saying you reviewed them.", found);
        }
        return repository.replace(expectedVersion, next, actor, (before, after) -> {
            if (!found.isEmpty()) {
                audit.record(actor, AuditAction.SAFEGUARDING_REVIEW, "press room",
                        "saved after reviewing what the safeguarding checks found: " + FindingsJson.toJson(found));
            }
            String changes = PressRoomRules.changes(before, after);
            audit.record(actor, AuditAction.PRESS_ROOM_EDIT, "press room",
                    "version " + before.version() + " -> " + after.version() + (changes.isEmpty() ? ", nothing changed" : ": " + changes));
        });
    }

    /** What the safeguarding checks find in the words the public reads, each named by its field. */
    public List<Finding> findings(PressRoomContent content) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("about, in English", content.about().en());
        texts.put("about, in Hindi", content.about().hi());
        texts.put("note for a child in danger, in English", content.helpline().en());
        texts.put("note for a child in danger, in Hindi", content.helpline().hi());
        for (int i = 0; i < content.contacts().size(); i++) {
            MediaContact contact = content.contacts().get(i);
            texts.put("contact " + (i + 1) + ": name and role", String.join("\n", contact.name(),
                    contact.role().en() == null ? "" : contact.role().en(), contact.role().hi() == null ? "" : contact.role().hi()));
        }
        return safeguarding.inTexts(texts);
    }
}
