package id.livinglab.web.practice;

import id.livinglab.practice.AdoptionStage;
import id.livinglab.practice.PracticeCatalogue;
import id.livinglab.practice.Spread;
import id.livinglab.web.i18n.Languages;
import id.livinglab.web.i18n.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/**
 * {@code /praktik-baik/peta}: who learned from whom across the country, as arcs on the map from
 * owners to adopters, and the owners whose practices spread most, as a table beside it.
 */
@Named
@RequestScoped
public class SpreadBacking {

  @EJB private PracticeCatalogue catalogue;
  @Inject private LocaleBacking locale;

  private Spread spread;

  public Spread getSpread() {
    if (spread == null) {
      spread = catalogue.spread();
    }
    return spread;
  }

  /** The map's words in the page's language, read by the script from a data attribute. */
  public String getText() {
    Locale l = locale.getLocale();
    JsonObjectBuilder stages = Json.createObjectBuilder();
    for (AdoptionStage s : AdoptionStage.values()) {
      stages.add(s.name(), Languages.message(l, s.labelKey()));
    }
    return Json.createObjectBuilder()
        .add("attribution", Languages.message(l, "map.attribution"))
        .add("failed", Languages.message(l, "map.failed"))
        .add("reported", Languages.message(l, "adoption.reported"))
        .add("inUse", Languages.message(l, "spread.legend.inUse"))
        .add("planned", Languages.message(l, "spread.legend.planned"))
        .add("reportedLine", Languages.message(l, "spread.legend.reported"))
        .add("stages", stages)
        .build()
        .toString();
  }
}
