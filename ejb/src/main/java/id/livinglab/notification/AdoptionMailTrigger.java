package id.livinglab.notification;

import id.livinglab.practice.AdoptionMoved;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Hands a committed adoption move to {@link AdoptionMail} through its EJB reference, so that the
 * asynchronous send runs on a container thread (a call inside the same bean would not be).
 */
@ApplicationScoped
public class AdoptionMailTrigger {

  @EJB private AdoptionMail mail;

  void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) AdoptionMoved moved) {
    mail.send(moved.adoption());
  }
}
