package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.abhilekh.presskit.control.PressRoomRepository;
import org.abhilekh.presskit.control.PressRoomRules;
import org.abhilekh.presskit.entity.Bilingual;
import org.abhilekh.presskit.entity.MediaContact;
import org.abhilekh.presskit.entity.PressRoomContent;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;

/**
 * The press room's own words (about the organisation, the note for a child in danger, the media contacts), which the
 * press room page and every kit's README show. Who may change them (editors) is checked by the callers; a change names
 * the version it was based on and is recorded in the audit trail with what changed.
 */
@ApplicationScoped
public class PressRoom {

    @Inject
    PressRoomRepository repository;

    @Inject
    AuditTrail audit;

    public PressRoomContent content() {
        return repository.content();
    }

    /** Replaces the words if nobody saved since {@code expectedVersion} (else 409); answers them with their new version. */
    public PressRoomContent change(long expectedVersion, Bilingual about, Bilingual helpline, List<MediaContact> contacts, String actor) {
        PressRoomContent next = PressRoomRules.checked(about, helpline, contacts);
        return repository.replace(expectedVersion, next, actor, (before, after) -> {
            String changes = PressRoomRules.changes(before, after);
            audit.record(actor, AuditAction.PRESS_ROOM_EDIT, "press room",
                    "version " + before.version() + " -> " + after.version() + (changes.isEmpty() ? ", nothing changed" : ": " + changes));
        });
    }
}
