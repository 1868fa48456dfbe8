package id.livinglab.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security settings from MicroProfile Config: how to reach and read the directory ({@code
 * livinglab.ldap.*}; the defaults in META-INF/microprofile-config.properties describe the embedded
 * demo directory) and the login throttle ({@code livinglab.login.*}).
 */
@ApplicationScoped
public class SecuritySettings {

  @Inject
  @ConfigProperty(name = "livinglab.ldap.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "livinglab.ldap.embedded-port", defaultValue = "0")
  int embeddedPort;

  @Inject
  @ConfigProperty(name = "livinglab.ldap.bind-dn")
  Optional<String> bindDn;

  @Inject
  @ConfigProperty(name = "livinglab.ldap.bind-password")
  Optional<String> bindPassword;

  @Inject
  @ConfigProperty(name = "livinglab.ldap.user-base")
  String userBase;

  @Inject
  @ConfigProperty(name = "livinglab.ldap.group-base")
  String groupBase;

  @Inject
  @ConfigProperty(name = "livinglab.ldap.user-filter")
  String userFilter;

  @Inject
  @ConfigProperty(name = "livinglab.ldap.group-filter")
  String groupFilter;

  @Inject
  @ConfigProperty(name = "livinglab.ldap.instansi-attribute")
  String instansiAttribute;

  @Inject
  @ConfigProperty(name = "livinglab.ldap.role-map")
  String roleMap;

  @Inject
  @ConfigProperty(name = "livinglab.login.free-failures", defaultValue = "3")
  int freeFailures;

  @Inject
  @ConfigProperty(name = "livinglab.login.client-free-failures", defaultValue = "20")
  int clientFreeFailures;

  @Inject
  @ConfigProperty(name = "livinglab.login.max-wait-seconds", defaultValue = "60")
  int maxWaitSeconds;

  /** True when no external directory is configured and the embedded demo one must run. */
  public boolean embedded() {
    return url.filter(u -> !u.isBlank()).isEmpty();
  }

  /** Group name → role, parsed from {@code group=role,group=role}. */
  public Map<String, Role> groupRoles() {
    Map<String, Role> map = new LinkedHashMap<>();
    for (String pair : roleMap.split(",")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2) {
        Role.ofRoleName(kv[1].trim())
            .ifPresent(role -> map.put(kv[0].trim().toLowerCase(Locale.ROOT), role));
      }
    }
    return map;
  }

  public String url() {
    return url.orElse("");
  }

  public int embeddedPort() {
    return embeddedPort;
  }

  public String bindDn() {
    return bindDn.orElse("");
  }

  public String bindPassword() {
    return bindPassword.orElse("");
  }

  public String userBase() {
    return userBase;
  }

  public String groupBase() {
    return groupBase;
  }

  public String userFilter() {
    return userFilter;
  }

  public String groupFilter() {
    return groupFilter;
  }

  public String instansiAttribute() {
    return instansiAttribute;
  }

  public int freeFailures() {
    return freeFailures;
  }

  public int clientFreeFailures() {
    return clientFreeFailures;
  }

  public int maxWaitSeconds() {
    return maxWaitSeconds;
  }
}
