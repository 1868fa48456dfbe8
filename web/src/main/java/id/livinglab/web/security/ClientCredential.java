package id.livinglab.web.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A user name and password with the network address they came from: the login throttle counts
 * failures per client ({@code LoginThrottle}), and the identity store sees only the credential.
 */
final class ClientCredential extends UsernamePasswordCredential {

  private final String client;

  ClientCredential(String username, Password password, String client) {
    super(username, password);
    this.client = client;
  }

  String client() {
    return client;
  }
}
