package org.abhilekh.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.abhilekh.platform.entity.Role;
import org.abhilekh.security.control.Passwords;
import org.abhilekh.security.control.UserDirectory;
import org.abhilekh.security.entity.AppUser;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** The identity store with Soteria's Pbkdf2PasswordHash and one account held in memory instead of the database. */
class ArchiveIdentityStoreTest {

    private static final String PASSWORD = "kiln-road-seven-stars";

    @Test
    void aHashInTheFormerFormatLogsInAndIsReplacedByJakartaSecuritysFormatWithoutEndingSessions() throws Exception {
        byte[] salt = "fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 600_000, 256)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        String former = "pbkdf2-sha256$600000$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key);
        AppUser asha = new AppUser("asha", "Asha", former, Role.STAFF, false);
        int sessions = asha.getCredentialVersion();
        ArchiveIdentityStore store = store(asha);

        assertEquals(CredentialValidationResult.Status.INVALID, store.validate(new UsernamePasswordCredential("asha", "wrong-password-1")).getStatus());
        assertEquals(former, asha.getPasswordHash(), "a failed login changes nothing");

        assertEquals(CredentialValidationResult.Status.VALID, store.validate(new UsernamePasswordCredential("asha", PASSWORD)).getStatus());
        String replaced = asha.getPasswordHash();
        assertTrue(replaced.startsWith("PBKDF2WithHmacSHA256:600000:"), replaced);
        assertEquals(sessions, asha.getCredentialVersion(), "the same password: sessions go on");

        ArchiveIdentityStore afresh = store(asha);
        assertEquals(CredentialValidationResult.Status.VALID, afresh.validate(new UsernamePasswordCredential("asha", PASSWORD)).getStatus());
        assertEquals(replaced, asha.getPasswordHash(), "a hash in today's format stays");
        assertEquals(CredentialValidationResult.Status.INVALID, afresh.validate(new UsernamePasswordCredential("asha", "wrong-password-1")).getStatus());
    }

    private static ArchiveIdentityStore store(AppUser account) {
        Passwords passwords = new Passwords(new Pbkdf2PasswordHashImpl());
        UserDirectory users = new UserDirectory() {
            @Override
            public Optional<AppUser> find(String username) {
                return account.getUsername().equals(username) ? Optional.of(account) : Optional.empty();
            }

            @Override
            public Optional<AppUser> findForUpdate(String username) {
                return find(username);
            }
        };
        setPasswords(users, passwords);
        ArchiveIdentityStore store = new ArchiveIdentityStore();
        store.users = users;
        store.passwords = passwords;
        return store;
    }

    private static void setPasswords(UserDirectory users, Passwords passwords) {
        try {
            java.lang.reflect.Field field = UserDirectory.class.getDeclaredField("passwords");
            field.setAccessible(true);
            field.set(users, passwords);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
