package id.livinglab.notification;

import id.livinglab.common.Messages;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.practice.Adoption;
import id.livinglab.practice.AdoptionParty;
import id.livinglab.practice.AdoptionWorkflow;
import id.livinglab.practice.Practice;
import id.livinglab.security.Directory;
import id.livinglab.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the side whose move an adoption now awaits (both sides when it ended) by e-mail, once the
 * move is committed and outside the request: a slow or absent mail server never delays a save.
 * Mails are in Bahasa Indonesia with English below, with the link to the adoption; their words are
 * the bundle's ({@link Messages}). Called through {@link AdoptionMailTrigger}, so that the
 * container runs it on its own thread.
 */
@Stateless
@PermitAll
public class AdoptionMail {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static final Logger LOG = Logger.getLogger(AdoptionMail.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private Directory directory;
  @EJB private InstansiRegister register;
  @Inject private MailSettings settings;

  @Asynchronous
  public void send(long adoptionId) {
    mail(adoptionId, false);
  }

  /** Reminds the adopter of an adoption idle for {@link Adoption#IDLE_DAYS} days. */
  @Asynchronous
  public void remind(long adoptionId) {
    mail(adoptionId, true);
  }

  private void mail(long adoptionId, boolean reminder) {
    Optional<Session> session = settings.session();
    if (session.isEmpty()) {
      return;
    }
    Adoption a = em.find(Adoption.class, adoptionId);
    if (a == null) {
      return;
    }
    Practice p = em.find(Practice.class, a.getPracticeId());
    AdoptionParty awaited = AdoptionWorkflow.awaiting(a.getStage());
    List<String> to = new ArrayList<>();
    if (awaited != AdoptionParty.ADOPTER) {
      to.addAll(directory.mailsOf(a.getOwnerCode(), Role.KOORDINATOR));
    }
    if (awaited != AdoptionParty.OWNER) {
      to.addAll(directory.mailsOf(a.getAdopterCode(), Role.KOORDINATOR));
    }
    if (to.isEmpty()) {
      return;
    }
    String adopter = register.get(a.getAdopterCode()).getName();
    String owner = register.get(a.getOwnerCode()).getName();
    try {
      MimeMessage m = new MimeMessage(session.get());
      m.setFrom(new InternetAddress(settings.from()));
      for (String address : to) {
        m.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
      }
      String stage = Messages.message(INDONESIAN, a.getStage().labelKey());
      m.setSubject(
          Messages.message(
              INDONESIAN,
              reminder ? "mail.adoption.reminderSubject" : "mail.adoption.subject",
              adopter,
              p.getTitle(),
              stage),
          "UTF-8");
      String link = settings.publicUrl() + "/adoption/adoption.xhtml?id=" + a.getId();
      // Bahasa Indonesia first, English below it: coordinators read either, and a mail has no
      // language switch.
      m.setText(
          body(INDONESIAN, a, p, adopter, owner, awaited, reminder, link)
              + "\n\n---\n\n"
              + body(Locale.ENGLISH, a, p, adopter, owner, awaited, reminder, link)
              + "\n\n-- \n"
              + Messages.message(INDONESIAN, "mail.signature"),
          "UTF-8");
      Transport.send(m);
    } catch (MessagingException e) {
      // The inbox page still shows it; a mail is a convenience, not the record.
      LOG.log(Level.WARNING, "mail for adoption " + adoptionId + " not sent: " + e.getMessage());
    }
  }

  private static String body(
      Locale locale,
      Adoption a,
      Practice p,
      String adopter,
      String owner,
      AdoptionParty awaited,
      boolean reminder,
      String link) {
    String next =
        reminder
            ? Messages.message(locale, "mail.adoption.idle", Adoption.IDLE_DAYS)
            : Messages.message(
                locale, awaited == null ? "mail.adoption.done" : "mail.adoption.next");
    return Messages.message(
            locale,
            "mail.adoption.body",
            p.getTitle(),
            owner,
            adopter,
            Messages.message(locale, a.getStage().labelKey()))
        + "\n\n"
        + next
        + "\n\n"
        + link;
  }
}
