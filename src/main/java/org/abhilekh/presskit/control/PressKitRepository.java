package org.abhilekh.presskit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.abhilekh.presskit.entity.PressKit;

/** Reads and writes kits; every method is one short transaction. Items are loaded with their kit. */
@ApplicationScoped
@Transactional
public class PressKitRepository {

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    public List<PressKit> all() {
        List<PressKit> kits = em.createNamedQuery(PressKit.ALL, PressKit.class).getResultList();
        kits.forEach(kit -> kit.getItems().size());
        return kits;
    }

    public Optional<PressKit> bySlug(String slug) {
        Optional<PressKit> kit = em.createNamedQuery(PressKit.BY_SLUG, PressKit.class).setParameter("slug", slug)
                .getResultStream().findFirst();
        kit.ifPresent(k -> k.getItems().size());
        return kit;
    }

    public PressKit add(PressKit kit) {
        em.persist(kit);
        em.flush();
        return kit;
    }

    /**
     * Applies a change to a kit inside one transaction and answers the kit as it is afterwards. The kit's row is locked
     * meanwhile, so a change and a publication decided at once cannot each miss what the other adds.
     */
    public Optional<PressKit> change(String slug, java.util.function.Consumer<PressKit> change) {
        Optional<PressKit> kit = em.createNamedQuery(PressKit.BY_SLUG, PressKit.class).setParameter("slug", slug)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        kit.ifPresent(k -> {
            change.accept(k);
            em.flush();
            k.getItems().size();
        });
        return kit;
    }

    /** How many kit-only files are these bytes, so the archive does not delete a kit's photo with a document. */
    public long itemsWithBlob(String sha256) {
        return em.createQuery("select count(i) from PressKitItem i where i.sha256 = :sha256", Long.class)
                .setParameter("sha256", sha256).getSingleResult();
    }

    void keepKitBlobs(@jakarta.enterprise.event.Observes org.abhilekh.archive.entity.BlobReleasing releasing) {
        if (itemsWithBlob(releasing.sha256()) > 0) {
            releasing.claim("press kit");
        }
    }

    /** One more download; a single UPDATE so that concurrent downloads are all counted. */
    public void countDownload(long kitId) {
        em.createNamedQuery(PressKit.COUNT_DOWNLOAD).setParameter("id", kitId).executeUpdate();
    }
}
