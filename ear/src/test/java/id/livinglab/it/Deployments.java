package id.livinglab.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR as built by this module, for Arquillian. In-container tests add their classes to its
 * existing WAR (a second WAR makes Arquillian refuse the deployment).
 */
public final class Deployments {

  private static final String BASE_URL_RESOURCE = "it-base-url.txt";

  private Deployments() {}

  /** The EAR exactly as the Run command deploys it. */
  public static EnterpriseArchive ear() {
    File file = new File(System.getProperty("livinglab.ear", "target/livinglab.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
  }

  /**
   * The EAR with {@code testClasses} added to its web module, for in-container tests, and the
   * address the tests were given ({@link #baseUrl()}) as a resource, for {@link #inServerUrl()}.
   */
  public static EnterpriseArchive earWith(Class<?>... testClasses) {
    EnterpriseArchive ear = ear();
    WebArchive war = ear.getAsType(WebArchive.class, "livinglab-web.war");
    war.addClasses(testClasses);
    war.addAsResource(new StringAsset(baseUrl()), BASE_URL_RESOURCE);
    return ear;
  }

  /**
   * A client for the tests' own requests, on HTTP/1.1 as browsers speak it over plain HTTP. The JDK
   * client's default (HTTP/2) first asks the server to upgrade the connection ({@code Upgrade:
   * h2c}); Grizzly now and then closes such a connection without an answer ("EOF reached while
   * reading"), which failed a CI run on a request no browser would make.
   */
  public static HttpClient.Builder http() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
  }

  /**
   * Where the test domain serves the application, e.g. {@code http://localhost:28080/livinglab/}.
   */
  public static String baseUrl() {
    return System.getProperty("it.base.url", "http://localhost:28080/livinglab/");
  }

  /**
   * The application's address seen from inside the server, for in-container tests: the address the
   * client side was given (it.base.url, from the build's it.http.port), which {@link #earWith}
   * packs into the deployment, since the server's JVM does not see the test's system properties;
   * the default test domain's port (28080) when the resource is missing.
   */
  public static String inServerUrl() {
    try (InputStream in = Deployments.class.getResourceAsStream("/" + BASE_URL_RESOURCE)) {
      return in == null
          ? "http://localhost:28080/livinglab/"
          : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
