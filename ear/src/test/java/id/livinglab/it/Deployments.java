package id.livinglab.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR as built by this module, for Arquillian. In-container tests add their classes to its
 * existing WAR (a second WAR makes Arquillian refuse the deployment).
 */
public final class Deployments {

  private Deployments() {}

  /** The EAR exactly as the Run command deploys it. */
  public static EnterpriseArchive ear() {
    File file = new File(System.getProperty("livinglab.ear", "target/livinglab.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
  }

  /** The EAR with {@code testClasses} added to its web module, for in-container tests. */
  public static EnterpriseArchive earWith(Class<?>... testClasses) {
    EnterpriseArchive ear = ear();
    WebArchive war = ear.getAsType(WebArchive.class, "livinglab-web.war");
    war.addClasses(testClasses);
    return ear;
  }

  /**
   * Where the test domain serves the application, e.g. {@code http://localhost:28080/livinglab/}.
   */
  public static String baseUrl() {
    return System.getProperty("it.base.url", "http://localhost:28080/livinglab/");
  }

  /**
   * The application's address seen from inside the server, for in-container tests: the test
   * domain's HTTP port (port base 28000 + 80).
   */
  public static String inServerUrl() {
    return "http://localhost:28080/livinglab/";
  }
}
