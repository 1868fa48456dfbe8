package id.livinglab.security;

import java.util.Optional;

/**
 * The roles of the platform. The directory decides who holds which (group membership); the string
 * values are the Jakarta Security role names used in {@code @RolesAllowed}.
 */
public enum Role {
  /** National administrator (KemenPANRB). */
  ADMIN(Names.ADMIN),
  /** Koordinator SPBE of an instansi: approves and submits its self-assessment. */
  KOORDINATOR(Names.KOORDINATOR),
  /** Data-entry officer of an instansi. */
  OPERATOR(Names.OPERATOR),
  /** Head of the instansi or regional secretary: reads, decides. */
  PIMPINAN(Names.PIMPINAN),
  /** External assessor. */
  ASESOR(Names.ASESOR);

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  public static Optional<Role> ofRoleName(String name) {
    for (Role role : values()) {
      if (role.roleName.equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** Constants for annotations, which need compile-time strings. */
  public static final class Names {
    public static final String ADMIN = "admin";
    public static final String KOORDINATOR = "koordinator";
    public static final String OPERATOR = "operator";
    public static final String PIMPINAN = "pimpinan";
    public static final String ASESOR = "asesor";

    private Names() {}
  }
}
