package org.abhilekh.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.abhilekh.security.entity.AppUser;
import org.abhilekh.security.entity.Role;

/** The staff accounts in the database. */
@ApplicationScoped
@Transactional
public class UserDirectory {

    public static final int MAX_PASSWORD_CHARS = 200;
    public static final int MIN_PASSWORD_CHARS = 12;

    @PersistenceContext(unitName = "abhilekh")
    EntityManager em;

    public Optional<AppUser> find(String username) {
        if (username == null || username.isBlank() || username.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(AppUser.BY_NAME, AppUser.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    public boolean isEmpty() {
        return em.createNamedQuery(AppUser.COUNT, Long.class).getSingleResult() == 0;
    }

    public AppUser create(String username, char[] password, Set<Role> roles, boolean mustChangePassword) {
        AppUser user = new AppUser(username, PasswordHasher.hash(password), roles, mustChangePassword);
        em.persist(user);
        return user;
    }

    public void changePassword(String username, char[] newPassword) {
        find(username).orElseThrow().changePassword(PasswordHasher.hash(newPassword));
    }
}
