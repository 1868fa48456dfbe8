package id.livinglab.web.security;

import id.livinglab.security.Directory;
import id.livinglab.security.LoginOutcome;
import id.livinglab.security.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Jakarta Security's view of the directory: a valid user name and password yield the caller with
 * their roles as groups (mapped one to one to the application's roles).
 */
@ApplicationScoped
public class DirectoryIdentityStore implements IdentityStore {

  @EJB private Directory directory;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    // Every credential of ours says where it came from; any other counts as one unknown client.
    String client = up instanceof ClientCredential c ? c.client() : "";
    LoginOutcome outcome = directory.authenticate(up.getCaller(), up.getPasswordAsString(), client);
    if (!outcome.succeeded()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        outcome.caller().username(),
        outcome.caller().roles().stream().map(Role::roleName).collect(Collectors.toSet()));
  }
}
