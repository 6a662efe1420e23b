package org.abhilekh.coverage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Another spelling of an outlet's name ("प्रभात खबर" for "Prabhat Khabar"), with its matching key. */
@Embeddable
public class OutletAlias {

    @Column(name = "alias", nullable = false, length = 500)
    private String name;

    @Column(name = "alias_key", nullable = false, length = 500)
    private String key;

    protected OutletAlias() {
    }

    public OutletAlias(String name, String key) {
        this.name = name;
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public String getKey() {
        return key;
    }
}
