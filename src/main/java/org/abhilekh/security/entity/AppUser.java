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

/** A staff account. Only a PBKDF2 hash of the password is kept. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_NAME, query = "select u from AppUser u where u.username = :username")
@NamedQuery(name = AppUser.COUNT, query = "select count(u) from AppUser u")
public class AppUser {

    public static final String BY_NAME = "AppUser.byName";
    public static final String COUNT = "AppUser.count";

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

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, Set<Role> roles, boolean mustChangePassword) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Role::code).sorted().collect(Collectors.joining(","));
        this.mustChangePassword = mustChangePassword;
        this.createdAt = Instant.now();
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
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

    public Set<String> roleCodes() {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).collect(Collectors.toSet());
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }
}
