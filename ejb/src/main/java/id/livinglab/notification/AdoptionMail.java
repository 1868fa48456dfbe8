package id.livinglab.notification;

import id.livinglab.instansi.InstansiRegister;
import id.livinglab.practice.Adoption;
import id.livinglab.practice.AdoptionParty;
import id.livinglab.practice.AdoptionStage;
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
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the side whose move an adoption now awaits (both sides when it ended) by e-mail, once the
 * move is committed and outside the request: a slow or absent mail server never delays a save.
 * Mails are in Bahasa Indonesia, as the letters are, with the link to the adoption. Called through
 * {@link AdoptionMailTrigger}, so that the container runs it on its own thread.
 */
@Stateless
@PermitAll
public class AdoptionMail {

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
    String stage = word(a.getStage());
    try {
      MimeMessage m = new MimeMessage(session.get());
      m.setFrom(new InternetAddress(settings.from()));
      for (String address : to) {
        m.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
      }
      m.setSubject(
          "[Living Lab] "
              + (reminder ? "Pengingat: " : "")
              + adopter
              + " \u2013 "
              + p.getTitle()
              + ": "
              + stage,
          "UTF-8");
      m.setText(
          "Adopsi praktik baik \u201C"
              + p.getTitle()
              + "\u201D milik "
              + owner
              + " oleh "
              + adopter
              + " kini pada tahap "
              + stage
              + ".\n\n"
              + (reminder
                  ? "Belum ada langkah selama "
                      + Adoption.IDLE_DAYS
                      + " hari. Langkah berikutnya menunggu Anda."
                  : awaited == null
                      ? "Adopsi ini telah selesai."
                      : "Langkah berikutnya menunggu Anda.")
              + "\n\n"
              + settings.publicUrl()
              + "/adoption/adoption.xhtml?id="
              + a.getId()
              + "\n\n-- \nLiving Lab (pesan otomatis; balas melalui platform)",
          "UTF-8");
      Transport.send(m);
    } catch (MessagingException e) {
      // The inbox page still shows it; a mail is a convenience, not the record.
      LOG.log(Level.WARNING, "mail for adoption " + adoptionId + " not sent: " + e.getMessage());
    }
  }

  private static String word(AdoptionStage s) {
    return switch (s) {
      case MINAT -> "Minat";
      case DIKONFIRMASI -> "Dikonfirmasi";
      case PERSIAPAN -> "Persiapan";
      case RENCANA -> "Rencana";
      case UJI_COBA -> "Uji coba";
      case DITERAPKAN -> "Diterapkan";
      case TERVERIFIKASI -> "Terverifikasi";
      case DIHENTIKAN -> "Dihentikan";
    };
  }
}
