package org.abhilekh.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void aHashVerifiesOnlyItsOwnPasswordAndNamesItsStrength() {
        String hash = PasswordHasher.hash("correct horse battery staple".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
        assertTrue(PasswordHasher.verify("correct horse battery staple".toCharArray(), hash));
        assertFalse(PasswordHasher.verify("correct horse battery stapler".toCharArray(), hash));
        assertNotEquals(hash, PasswordHasher.hash("correct horse battery staple".toCharArray()), "salted");
    }

    @Test
    void damagedOrForeignHashesNeverVerify() {
        char[] password = "पासवर्ड-2024-abc".toCharArray();
        String hash = PasswordHasher.hash(password);
        String[] parts = hash.split("\\$");
        assertFalse(PasswordHasher.verify(password, null));
        assertFalse(PasswordHasher.verify(password, ""));
        assertFalse(PasswordHasher.verify(password, "plain-text"));
        assertFalse(PasswordHasher.verify(password, "md5$1$abc$def"));
        assertFalse(PasswordHasher.verify(password, parts[0] + "$0$" + parts[2] + "$" + parts[3]));
        assertFalse(PasswordHasher.verify(password, parts[0] + "$x$" + parts[2] + "$" + parts[3]));
        assertFalse(PasswordHasher.verify(password, parts[0] + "$1000$" + parts[2] + "$" + parts[3]), "fewer iterations give another key");
        assertFalse(PasswordHasher.verify(password, parts[0] + "$600000$!!!$" + parts[3]));
        assertTrue(PasswordHasher.verify(password, hash));
    }
}
