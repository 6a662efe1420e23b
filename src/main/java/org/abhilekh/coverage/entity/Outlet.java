package org.abhilekh.coverage.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A newspaper, channel, station or website, under the one name coverage counts it by, with the other
 * spellings that mean it ({@link OutletAlias}). {@code reviewed} is false for an outlet that was
 * created because a clipping named one the list did not know yet.
 */
@Entity
@Table(name = "outlet")
@NamedQuery(name = Outlet.ALL, query = "select o from Outlet o order by o.name")
@NamedQuery(name = Outlet.BY_KEY, query = "select o from Outlet o where o.nameKey = :key")
@NamedQuery(name = Outlet.BY_ALIAS_KEY, query = "select o from Outlet o join o.aliases a where a.key = :key")
public class Outlet {

    public static final String ALL = "Outlet.all";
    public static final String BY_KEY = "Outlet.byKey";
    public static final String BY_ALIAS_KEY = "Outlet.byAliasKey";

    @Id
    @SequenceGenerator(name = "outlet_seq", sequenceName = "outlet_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outlet_seq")
    private Long id;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "name_key", nullable = false, length = 500)
    private String nameKey;

    @Column(length = 20)
    private String medium;

    @Column(length = 10)
    private String language;

    @Column(length = 200)
    private String city;

    @Column(nullable = false)
    private boolean reviewed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outlet_alias", joinColumns = @JoinColumn(name = "outlet_id"))
    private List<OutletAlias> aliases = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Outlet() {
    }

    public Outlet(String name, String nameKey, String medium, String language, String city, boolean reviewed) {
        this.createdAt = Instant.now();
        describe(name, nameKey, medium, language, city, reviewed);
    }

    public final void describe(String name, String nameKey, String medium, String language, String city, boolean reviewed) {
        this.name = name;
        this.nameKey = nameKey;
        this.medium = medium;
        this.language = language;
        this.city = city;
        this.reviewed = reviewed;
        this.updatedAt = Instant.now();
    }

    public void replaceAliases(List<OutletAlias> aliases) {
        this.aliases.clear();
        this.aliases.addAll(aliases);
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getMedium() {
        return medium;
    }

    public String getLanguage() {
        return language;
    }

    public String getCity() {
        return city;
    }

    public boolean isReviewed() {
        return reviewed;
    }

    public List<OutletAlias> getAliases() {
        return List.copyOf(aliases);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
