package id.livinglab.security;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.util.ssl.SSLUtil;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The civil-servant directory over LDAP: checks passwords and tells who a user is. Role and
 * instansi come from the directory (group membership and an attribute), never from our database, so
 * that the region's own identity administration stays the single source.
 */
@Singleton
@DependsOn("EmbeddedDirectory")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Directory {

  private static final Logger LOG = Logger.getLogger(Directory.class.getName());

  /** User names we accept: what civil-service directories use, nothing that could be syntax. */
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  @Inject private SecuritySettings settings;
  @EJB private EmbeddedDirectory embedded;

  private LoginThrottle throttle;
  private volatile LDAPConnectionPool pool;

  @PostConstruct
  void init() {
    throttle =
        new LoginThrottle(
            settings.freeFailures(),
            settings.clientFreeFailures(),
            Duration.ofSeconds(settings.maxWaitSeconds()),
            Clock.systemUTC());
  }

  /**
   * Checks a user name and password from {@code client} (its network address); slows down repeated
   * failures of that client (see {@link LoginThrottle}).
   */
  public LoginOutcome authenticate(String username, String password, String client) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      return LoginOutcome.of(LoginOutcome.Status.INVALID);
    }
    Duration wait = throttle.waitFor(client, username);
    if (!wait.isZero()) {
      return LoginOutcome.throttled(wait);
    }
    try {
      Optional<SearchResultEntry> entry = findUser(username);
      // An empty password would be an anonymous bind, which LDAP servers accept: refuse it here.
      if (entry.isEmpty() || password == null || password.isEmpty()) {
        throttle.failed(client, username);
        return LoginOutcome.of(LoginOutcome.Status.INVALID);
      }
      pool().bindAndRevertAuthentication(entry.get().getDN(), password);
      throttle.succeeded(client, username);
      return LoginOutcome.success(toCaller(username, entry.get()));
    } catch (LDAPException e) {
      if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
        throttle.failed(client, username);
        return LoginOutcome.of(LoginOutcome.Status.INVALID);
      }
      LOG.log(Level.WARNING, "directory unavailable", e);
      return LoginOutcome.of(LoginOutcome.Status.DIRECTORY_UNAVAILABLE);
    }
  }

  /** How long {@code client} must wait before its next attempt on {@code username} is checked. */
  public Duration retryAfter(String username, String client) {
    return throttle.waitFor(client, username);
  }

  /** Who {@code username} is, as the directory says now. */
  public Optional<Caller> lookup(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      return Optional.empty();
    }
    try {
      return findUser(username).map(entry -> toCaller(username, entry));
    } catch (LDAPException e) {
      LOG.log(Level.WARNING, "directory unavailable", e);
      return Optional.empty();
    }
  }

  /**
   * The e-mail addresses of the holders of {@code role} in instansi {@code code}, for
   * notifications; empty when the directory is unavailable or holds none.
   */
  public List<String> mailsOf(String code, Role role) {
    List<String> out = new ArrayList<>();
    if (code == null) {
      return out;
    }
    try {
      Filter filter =
          Filter.createANDFilter(
              Filter.createEqualityFilter(settings.instansiAttribute(), code),
              Filter.createPresenceFilter("mail"));
      for (SearchResultEntry entry :
          pool()
              .search(
                  settings.userBase(),
                  SearchScope.SUB,
                  filter,
                  "uid",
                  "mail",
                  "cn",
                  "displayName",
                  settings.instansiAttribute())
              .getSearchEntries()) {
        String uid = entry.getAttributeValue("uid");
        if (uid != null && toCaller(uid, entry).has(role)) {
          out.add(entry.getAttributeValue("mail"));
        }
      }
    } catch (LDAPException e) {
      LOG.log(Level.WARNING, "directory unavailable for the addresses of " + code, e);
    }
    return out;
  }

  private Optional<SearchResultEntry> findUser(String username) throws LDAPException {
    String filter = settings.userFilter().replace("{0}", Filter.encodeValue(username));
    var result =
        pool()
            .search(
                settings.userBase(),
                SearchScope.SUB,
                Filter.create(filter),
                "uid",
                "cn",
                "displayName",
                settings.instansiAttribute());
    return result.getEntryCount() == 1
        ? Optional.of(result.getSearchEntries().get(0))
        : Optional.empty();
  }

  private Caller toCaller(String username, SearchResultEntry entry) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Map<String, Role> groupRoles = settings.groupRoles();
    try {
      String filter = settings.groupFilter().replace("{0}", Filter.encodeValue(entry.getDN()));
      for (SearchResultEntry group :
          pool()
              .search(settings.groupBase(), SearchScope.SUB, Filter.create(filter), "cn")
              .getSearchEntries()) {
        String cn = group.getAttributeValue("cn");
        if (cn != null && groupRoles.containsKey(cn.toLowerCase(Locale.ROOT))) {
          roles.add(groupRoles.get(cn.toLowerCase(Locale.ROOT)));
        }
      }
    } catch (LDAPException e) {
      LOG.log(Level.WARNING, "groups of " + username + " could not be read", e);
    }
    String display = entry.getAttributeValue("displayName");
    if (display == null) {
      display = entry.getAttributeValue("cn");
    }
    return new Caller(
        username,
        display == null ? username : display,
        Set.copyOf(roles),
        entry.getAttributeValue(settings.instansiAttribute()));
  }

  private LDAPConnectionPool pool() throws LDAPException {
    LDAPConnectionPool p = pool;
    if (p == null) {
      synchronized (this) {
        if (pool == null) {
          pool = connect();
        }
        p = pool;
      }
    }
    return p;
  }

  private LDAPConnectionPool connect() throws LDAPException {
    String url = settings.embedded() ? embedded.url().orElseThrow() : settings.url();
    LDAPURL ldapUrl = new LDAPURL(url);
    LDAPConnection connection;
    if ("ldaps".equalsIgnoreCase(ldapUrl.getScheme())) {
      try {
        connection =
            new LDAPConnection(
                new SSLUtil().createSSLSocketFactory(), ldapUrl.getHost(), ldapUrl.getPort());
      } catch (GeneralSecurityException e) {
        throw new LDAPException(ResultCode.CONNECT_ERROR, "TLS setup failed", e);
      }
    } else {
      connection = new LDAPConnection(ldapUrl.getHost(), ldapUrl.getPort());
    }
    if (!settings.bindDn().isBlank()) {
      connection.bind(settings.bindDn(), settings.bindPassword());
    }
    return new LDAPConnectionPool(connection, 1, 10);
  }

  @PreDestroy
  void close() {
    if (pool != null) {
      pool.close();
    }
  }
}
