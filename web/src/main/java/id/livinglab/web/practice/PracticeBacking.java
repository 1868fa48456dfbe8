package id.livinglab.web.practice;

import id.livinglab.common.NotFoundException;
import id.livinglab.practice.AdoptionParties;
import id.livinglab.practice.PracticeCatalogue;
import id.livinglab.practice.PracticeView;
import id.livinglab.support.LocalText;
import id.livinglab.support.WebAddress;
import id.livinglab.web.common.ErrorPages;
import id.livinglab.web.i18n.LocaleBacking;
import id.livinglab.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * {@code /praktik-baik/{id}}: one practice with everything its owner wrote, the indicators it
 * should raise, and who uses it ("Digunakan oleh") in lineage order. An unknown practice, or a
 * draft the reader may not see, is a 404 page.
 */
@Named
@RequestScoped
public class PracticeBacking {

  @EJB private PracticeCatalogue catalogue;
  @Inject private LocaleBacking locale;
  @Inject private CurrentUser currentUser;

  private String id;
  private PracticeView view;

  public void load() throws IOException {
    try {
      if (id == null || !id.matches("\\d{1,18}")) {
        throw new NotFoundException("error.practice.unknown", String.valueOf(id));
      }
      view = catalogue.view(Long.parseLong(id));
    } catch (NotFoundException e) {
      ErrorPages.send(e);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PracticeView getView() {
    return view;
  }

  /** The indicator's name in the page's language, or its code when the framework lacks it. */
  public String indicatorName(PracticeView.Raised r) {
    if (r.node() == null) {
      return r.link().getIndicatorCode();
    }
    return r.node().getCode()
        + " "
        + LocalText.pick(locale.getLocale(), r.node().getNameId(), r.node().getNameEn());
  }

  /** Whether the reader may say "Saya ingin mengadopsi" for its instansi. */
  public boolean isMayAdopt() {
    return view != null
        && view.practice().isPublished()
        && AdoptionParties.mayExpressInterest(
            currentUser.caller().orElse(null), view.practice().getOwnerCode());
  }

  /** {@code url} when it may be a link (http or https), else null: the page shows it as text. */
  public String link(String url) {
    return WebAddress.linkable(url);
  }
}
