package org.abhilekh.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import org.abhilekh.security.control.PasswordHasher;
import org.abhilekh.security.control.UserDirectory;
import org.abhilekh.security.entity.AppUser;

/** Checks user name and password against the accounts in the database. */
@ApplicationScoped
public class ArchiveIdentityStore implements IdentityStore {

    @Inject
    UserDirectory users;

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
            PasswordHasher.burn(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!PasswordHasher.verify(password, user.get().getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.get().getUsername(), user.get().roleCodes());
    }
}
