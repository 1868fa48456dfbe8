package id.livinglab.security;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The demo directory (UnboundID in-memory LDAP server), started only when no external LDAP URL is
 * configured. It listens on loopback on a configured port, by default a free one, so that a dev
 * server and a test server can both run. Users and groups come from {@code
 * directory/demo-users.ldif}; every password there is "demo".
 */
@Singleton
@Startup
public class EmbeddedDirectory {

  private static final Logger LOG = Logger.getLogger(EmbeddedDirectory.class.getName());
  static final String BASE_DN = "dc=livinglab,dc=id";

  @Inject private SecuritySettings settings;

  private InMemoryDirectoryServer server;

  @PostConstruct
  void start() {
    if (!settings.embedded()) {
      return;
    }
    try (InputStream ldif = getClass().getResourceAsStream("/directory/demo-users.ldif")) {
      InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
      config.setListenerConfigs(
          InMemoryListenerConfig.createLDAPConfig(
              "ldap", InetAddress.getLoopbackAddress(), settings.embeddedPort(), null));
      server = new InMemoryDirectoryServer(config);
      server.importFromLDIF(true, new LDIFReader(ldif));
      server.startListening();
      LOG.info(() -> "Embedded demo directory listening on " + url().orElseThrow());
    } catch (LDAPException | IOException e) {
      throw new IllegalStateException("the embedded demo directory could not start", e);
    }
  }

  /** The URL of the running embedded directory, if it runs. */
  public Optional<String> url() {
    return server == null
        ? Optional.empty()
        : Optional.of("ldap://127.0.0.1:" + server.getListenPort());
  }

  @PreDestroy
  void stop() {
    if (server != null) {
      server.shutDown(true);
    }
  }
}
