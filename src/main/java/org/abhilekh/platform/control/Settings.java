package org.abhilekh.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.abhilekh.platform.entity.Setting;

/** Reads and records {@link Setting}s. */
@ApplicationScoped
@Transactional
public class Settings {

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    public Optional<String> get(String name) {
        return Optional.ofNullable(em.find(Setting.class, name)).map(Setting::getValue);
    }

    public void put(String name, String value) {
        em.merge(new Setting(name, value));
    }

    /** A cheap round trip that proves the database answers. */
    public boolean ping() {
        return ((Number) em.createNativeQuery("select 1").getSingleResult()).intValue() == 1;
    }
}
