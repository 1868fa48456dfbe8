package id.livinglab.web.practice;

import id.livinglab.practice.AdoptionQueries;
import id.livinglab.practice.ExchangeSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The exchange part of a portrait: an instansi's practices, who adopted them, what it adopted. The
 * same for every reader, since the portrait is a cached public page.
 */
@Named
@RequestScoped
public class ExchangeSummaryBacking {

  @EJB private AdoptionQueries adoptions;

  private ExchangeSummary summary;

  public ExchangeSummary of(String code) {
    if (summary == null) {
      summary = adoptions.summary(code);
    }
    return summary;
  }
}
