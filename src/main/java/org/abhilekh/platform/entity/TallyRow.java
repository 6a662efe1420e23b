package org.abhilekh.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored form of a {@link Tally}; its key names what is counted, such as a login name at an address. */
@Entity
@Table(name = "rate_tally")
public class TallyRow {

    public static final int MAX_KEY_CHARS = 250;

    @Id
    @Column(name = "tally_key")
    private String key;

    @Column(name = "hits", nullable = false)
    private int hits;

    @Column(name = "first_at", nullable = false)
    private Instant firstAt;

    @Column(name = "last_at", nullable = false)
    private Instant lastAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected TallyRow() {
    }

    public TallyRow(String key, Tally tally) {
        this.key = key;
        copy(tally);
    }

    public String getKey() {
        return key;
    }

    public Tally tally() {
        return new Tally(hits, firstAt, lastAt, blockedUntil, expiresAt);
    }

    public void set(Tally tally) {
        copy(tally);
    }

    private void copy(Tally tally) {
        hits = tally.hits();
        firstAt = tally.firstAt();
        lastAt = tally.lastAt();
        blockedUntil = tally.blockedUntil();
        expiresAt = tally.expiresAt();
    }
}
