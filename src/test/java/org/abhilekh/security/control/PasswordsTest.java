package org.abhilekh.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** With Soteria's {@code Pbkdf2PasswordHash}, the implementation Payara gives the application. */
class PasswordsTest {

    private final Passwords passwords = new Passwords(new Pbkdf2PasswordHashImpl());

    @Test
    void aHashIsJakartaSecuritysFormatWithOurAlgorithmAndIterationsAndVerifiesOnlyItsPassword() {
        String hash = passwords.hash("correct horse battery staple".toCharArray());
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash);
        assertTrue(passwords.verify("correct horse battery staple".toCharArray(), hash));
        assertFalse(passwords.verify("correct horse battery stapler".toCharArray(), hash));
        assertNotEquals(hash, passwords.hash("correct horse battery staple".toCharArray()), "salted");
        assertFalse(passwords.needsRehash(hash));
        String[] parts = hash.split(":");
        assertTrue(Base64.getDecoder().decode(parts[2]).length == 16 && Base64.getDecoder().decode(parts[3]).length == 32, hash);
    }

    @Test
    void aHashInTheFormerFormatStillVerifiesAndIsDueForReplacement() throws Exception {
        char[] password = "s3cret-pass-phrase".toCharArray();
        byte[] salt = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password, salt, 600_000, 256)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        String former = "pbkdf2-sha256$600000$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key);
        assertTrue(passwords.verify(password, former));
        assertFalse(passwords.verify("s3cret-pass-phrasE".toCharArray(), former));
        assertTrue(passwords.needsRehash(former));
        String[] parts = former.split("\\$");
        assertFalse(passwords.verify(password, parts[0] + "$0$" + parts[2] + "$" + parts[3]));
        assertFalse(passwords.verify(password, parts[0] + "$x$" + parts[2] + "$" + parts[3]));
        assertFalse(passwords.verify(password, parts[0] + "$1000$" + parts[2] + "$" + parts[3]), "fewer iterations give another key");
        assertFalse(passwords.verify(password, parts[0] + "$600000$!!!$" + parts[3]));
    }

    @Test
    void weakerOrUnreadableHashesAreRefusedOrReplaced() {
        char[] password = "s3cret-pass-phrase".toCharArray();
        String hash = passwords.hash(password);
        String[] parts = hash.split(":");
        assertFalse(passwords.verify(password, null));
        assertFalse(passwords.verify(password, ""));
        assertFalse(passwords.verify(password, "plain-text"));
        assertFalse(passwords.verify(password, "md5$1$abc$def"));
        assertFalse(passwords.verify(password, parts[0] + ":x:" + parts[2] + ":" + parts[3]));
        assertFalse(passwords.verify(password, parts[0] + ":600000:!!!:" + parts[3]));
        assertFalse(passwords.verify(password, "MD5:600000:" + parts[2] + ":" + parts[3]));
        assertFalse(passwords.verify(password, parts[0] + ":1024:" + parts[2] + ":" + parts[3]), "fewer iterations give another key");
        assertTrue(passwords.needsRehash(parts[0] + ":210000:" + parts[2] + ":" + parts[3]), "a weaker count is replaced at the next login");
        assertTrue(passwords.verify(password, hash));
    }
}
