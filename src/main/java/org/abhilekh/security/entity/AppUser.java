package org.abhilekh.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.abhilekh.platform.entity.Role;

/**
 * A staff account. Only a PBKDF2 hash of the password is kept. An account holds one role; the roles
 * nest (an admin may do all an editor may, an editor all that staff may), see {@link Role}.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_NAME, query = "select u from AppUser u where u.username = :username")
@NamedQuery(name = AppUser.COUNT, query = "select count(u) from AppUser u")
@NamedQuery(name = AppUser.ALL, query = "select u from AppUser u order by u.username")
public class AppUser {

    public static final String BY_NAME = "AppUser.byName";
    public static final String COUNT = "AppUser.count";
    public static final String ALL = "AppUser.all";

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(nullable = false, length = 200)
    private String roles;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(nullable = false)
    private boolean disabled;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Raised by every password change, reset and disabling: sessions opened under an older one end. */
    @Column(name = "credential_version", nullable = false)
    private int credentialVersion;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Role role, boolean mustChangePassword) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = role.code();
        this.mustChangePassword = mustChangePassword;
        this.createdAt = Instant.now();
    }

    /** The account holder chose a new password: the one-time password, if any, is spent. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        credentialVersion++;
    }

    /**
     * The same password, hashed again in today's format after it verified in an older one. Sessions and a pending
     * one-time password stay as they were: nothing about the credential changed.
     */
    public void rehashPassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** An administrator set a one-time password: it must be replaced at the next login. */
    public void resetPassword(String oneTimeHash) {
        this.passwordHash = oneTimeHash;
        this.mustChangePassword = true;
        credentialVersion++;
    }

    public void setDisabled(boolean disabled) {
        if (disabled && !this.disabled) {
            credentialVersion++;
        }
        this.disabled = disabled;
    }

    public void setRole(Role role) {
        this.roles = role.code();
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void loggedIn(Instant at) {
        this.lastLoginAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** The account's role; accounts of older versions may list several, of which the highest counts. */
    public Role getRole() {
        Set<String> codes = Arrays.stream(roles.split(",")).map(String::strip).collect(Collectors.toSet());
        return Arrays.stream(Role.values()).filter(role -> codes.contains(role.code())).findFirst().orElse(Role.STAFF);
    }

    public String getDisplayName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public int getCredentialVersion() {
        return credentialVersion;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }
}
