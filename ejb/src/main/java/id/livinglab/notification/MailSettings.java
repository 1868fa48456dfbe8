package id.livinglab.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where mail goes, read at each send so that a change of the domain's settings applies at once: the
 * server's mail session {@code livinglab.mail.session} (a JNDI name, e.g. {@code mail/livinglab},
 * made with {@code asadmin create-mail-resource}) when a data centre has one, otherwise an SMTP
 * host of {@code livinglab.mail.host} and {@code livinglab.mail.port}, sending as {@code
 * livinglab.mail.from}. Neither set: no e-mail, the inbox page still shows everything.
 */
@ApplicationScoped
public class MailSettings {

  private static final Logger LOG = Logger.getLogger(MailSettings.class.getName());

  public Optional<Session> session() {
    var config = ConfigProvider.getConfig();
    Optional<String> jndi = config.getOptionalValue("livinglab.mail.session", String.class);
    if (jndi.isPresent()) {
      try {
        return Optional.of(InitialContext.doLookup(jndi.get()));
      } catch (NamingException e) {
        LOG.warning("mail session " + jndi.get() + " not found: no e-mail sent");
        return Optional.empty();
      }
    }
    Optional<String> host = config.getOptionalValue("livinglab.mail.host", String.class);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", host.get());
    p.put(
        "mail.smtp.port",
        config.getOptionalValue("livinglab.mail.port", String.class).orElse("25"));
    p.put("mail.smtp.connectiontimeout", "5000");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.from", from());
    return Optional.of(Session.getInstance(p));
  }

  public String from() {
    return ConfigProvider.getConfig()
        .getOptionalValue("livinglab.mail.from", String.class)
        .orElse("Living Lab <no-reply@livinglab.local>");
  }

  /** The app's public address for links in mails. */
  public String publicUrl() {
    return ConfigProvider.getConfig()
            .getOptionalValue("livinglab.public-url", String.class)
            .orElse("http://localhost:8080")
            .replaceAll("/+$", "")
        + "/livinglab";
  }
}
