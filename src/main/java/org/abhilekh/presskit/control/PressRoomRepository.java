package org.abhilekh.presskit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.abhilekh.platform.control.ConflictException;
import org.abhilekh.presskit.entity.MediaContact;
import org.abhilekh.presskit.entity.PressRoomContactRow;
import org.abhilekh.presskit.entity.PressRoomContent;
import org.abhilekh.presskit.entity.PressRoomText;

/** Reads and replaces the press room's words; each method is one transaction. */
@ApplicationScoped
@Transactional
public class PressRoomRepository {

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    public PressRoomContent content() {
        PressRoomText text = text(LockModeType.NONE);
        return new PressRoomContent(text.getVersion(), text.getAbout(), text.getHelpline(), contacts());
    }

    /**
     * Replaces texts and contacts if they are still at {@code expectedVersion} (else 409), with the row locked meanwhile
     * so two saves cannot both pass the check; {@code afterwards} runs in the same transaction with the old and new
     * content (the audit entry), so a save that rolls back leaves no entry.
     */
    public PressRoomContent replace(long expectedVersion, PressRoomContent next, String actor,
                                    java.util.function.BiConsumer<PressRoomContent, PressRoomContent> afterwards) {
        PressRoomText text = text(LockModeType.PESSIMISTIC_WRITE);
        if (text.getVersion() != expectedVersion) {
            throw new ConflictException("The press room was changed by " + (text.getUpdatedBy() == null ? "someone else" : text.getUpdatedBy())
                    + " since you opened it (version " + expectedVersion + ", now " + text.getVersion()
                    + "). Open it again to see their change, then make yours.");
        }
        PressRoomContent before = new PressRoomContent(text.getVersion(), text.getAbout(), text.getHelpline(), contacts());
        text.replace(next.about(), next.helpline(), actor);
        em.createQuery("delete from PressRoomContactRow").executeUpdate();
        int position = 1;
        for (MediaContact contact : next.contacts()) {
            em.persist(new PressRoomContactRow(position++, contact));
        }
        em.flush();
        PressRoomContent after = new PressRoomContent(text.getVersion(), text.getAbout(), text.getHelpline(), next.contacts());
        afterwards.accept(before, after);
        return after;
    }

    private PressRoomText text(LockModeType lock) {
        PressRoomText text = em.find(PressRoomText.class, PressRoomText.ID, lock);
        if (text == null) {
            throw new IllegalStateException("The press room's texts are missing: migration V18 seeds them");
        }
        return text;
    }

    private List<MediaContact> contacts() {
        return em.createNamedQuery(PressRoomContactRow.ALL, PressRoomContactRow.class).getResultList().stream()
                .map(PressRoomContactRow::contact).toList();
    }
}
