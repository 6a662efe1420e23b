package org.abhilekh.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.abhilekh.security.control.Passwords;
import org.abhilekh.security.control.UserDirectory;
import org.abhilekh.security.control.VerifiedPasswords;
import org.abhilekh.security.entity.AppUser;

/** Checks user name and password against the accounts in the database. */
@ApplicationScoped
public class ArchiveIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(ArchiveIdentityStore.class.getName());

    @Inject
    UserDirectory users;

    @Inject
    Passwords passwords;

    /** HTTP Basic sends the password with every API call; the slow hash is paid once per client every few minutes. */
    private final VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5), 1_000, Clock.systemUTC());

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        char[] password = given.getPassword().getValue();
        if (password.length == 0 || password.length > UserDirectory.MAX_PASSWORD_CHARS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<AppUser> user = users.find(given.getCaller());
        if (user.isEmpty()) {
            passwords.burn(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        String storedHash = user.get().getPasswordHash();
        if (!verified.isVerified(user.get().getUsername(), password, storedHash)) {
            // A disabled account pays the hash like any other, so its state cannot be told by timing.
            if (!passwords.verify(password, storedHash) || user.get().isDisabled()) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            if (passwords.needsRehash(storedHash)) {
                users.rehash(user.get().getUsername(), storedHash, password);
                LOG.info(() -> "The password hash of '" + user.get().getUsername() + "' was replaced by one in today's format.");
                storedHash = users.find(user.get().getUsername()).map(AppUser::getPasswordHash).orElse(storedHash);
            }
            verified.remember(user.get().getUsername(), password, storedHash);
        }
        if (user.get().isDisabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.get().getUsername(), Set.of(user.get().getRole().code()));
    }
}
