package org.abhilekh.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail: written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int MAX_TARGET_CHARS = 300;
    public static final int MAX_DETAILS_CHARS = 8000;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    private AuditAction action;

    @Column(name = "target")
    private String target;

    @Column(name = "details")
    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, AuditAction action, String target, String details) {
        this.at = at;
        this.actor = clip(actor == null || actor.isBlank() ? "anonymous" : actor, 100);
        this.action = action;
        this.target = target == null ? null : clip(target, MAX_TARGET_CHARS);
        this.details = details == null ? null : clip(details, MAX_DETAILS_CHARS);
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetails() {
        return details;
    }
}
