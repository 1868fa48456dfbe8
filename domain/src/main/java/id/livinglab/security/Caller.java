package id.livinglab.security;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the directory knows them: user name, display name, roles, and the instansi
 * they work for (null for national administrators and assessors).
 */
public record Caller(String username, String displayName, Set<Role> roles, String instansiCode)
    implements Serializable {

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public Optional<String> instansi() {
    return Optional.ofNullable(instansiCode);
  }

  /** The role shown to the user: the first in the enum's order of authority. */
  public Optional<Role> primaryRole() {
    return roles.stream().sorted().findFirst();
  }
}
