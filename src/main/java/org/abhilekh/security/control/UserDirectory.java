package org.abhilekh.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.abhilekh.platform.entity.Role;
import org.abhilekh.security.entity.AppUser;

/** The staff accounts in the database. */
@ApplicationScoped
@Transactional
public class UserDirectory {

    public static final int MAX_PASSWORD_CHARS = 200;
    public static final int MIN_PASSWORD_CHARS = 12;

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    @Inject
    Passwords passwords;

    public Optional<AppUser> find(String username) {
        if (username == null || username.isBlank() || username.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(AppUser.BY_NAME, AppUser.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** The account, locked for the rest of the transaction: two administrators changing accounts at once queue up. */
    public Optional<AppUser> findForUpdate(String username) {
        return find(username).map(user -> {
            em.lock(user, LockModeType.PESSIMISTIC_WRITE);
            return user;
        });
    }

    public List<AppUser> all() {
        return em.createNamedQuery(AppUser.ALL, AppUser.class).getResultList();
    }

    public boolean isEmpty() {
        return em.createNamedQuery(AppUser.COUNT, Long.class).getSingleResult() == 0;
    }

    /** Enabled administrators, locked, so that two changes cannot each leave the other as the last one. */
    public long enabledAdministrators() {
        long count = 0;
        for (AppUser user : all()) {
            if (!user.isDisabled() && user.getRole() == Role.ADMIN) {
                em.lock(user, LockModeType.PESSIMISTIC_WRITE);
                count++;
            }
        }
        return count;
    }

    public AppUser create(String username, String displayName, char[] password, Role role, boolean mustChangePassword) {
        AppUser user = new AppUser(username, displayName, passwords.hash(password), role, mustChangePassword);
        em.persist(user);
        return user;
    }

    /** Notes a person's login through the login page. */
    public void loggedIn(String username) {
        find(username).ifPresent(user -> user.loggedIn(Instant.now()));
    }

    public void changePassword(String username, char[] newPassword) {
        find(username).orElseThrow().changePassword(passwords.hash(newPassword));
    }

    /**
     * Replaces a hash in an older format, after the password verified against it, with the same password in
     * today's format; nothing happens if the hash changed meanwhile (a reset or change won).
     */
    public void rehash(String username, String verifiedHash, char[] password) {
        String replacement = passwords.hash(password);
        findForUpdate(username).filter(user -> verifiedHash.equals(user.getPasswordHash()))
                .ifPresent(user -> user.rehashPassword(replacement));
    }
}
