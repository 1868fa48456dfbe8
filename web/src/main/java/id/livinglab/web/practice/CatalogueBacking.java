package id.livinglab.web.practice;

import id.livinglab.common.BusinessException;
import id.livinglab.framework.FrameworkCatalogue;
import id.livinglab.framework.FrameworkNode;
import id.livinglab.framework.FrameworkVersion;
import id.livinglab.instansi.InstansiKind;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.instansi.Region;
import id.livinglab.practice.Maturity;
import id.livinglab.practice.PracticeCatalogue;
import id.livinglab.practice.PracticeCategory;
import id.livinglab.practice.PracticePage;
import id.livinglab.practice.PracticeQuery;
import id.livinglab.practice.PracticeStatus;
import id.livinglab.support.LocalText;
import id.livinglab.web.common.FacesMessages;
import id.livinglab.web.i18n.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /praktik-baik}: the catalogue of good practices. Every filter, the order and the page are
 * in the address (GET), read by {@link PracticeQuery#parse} as the API reads them, so that a view
 * is shareable and the page keeps nothing per visitor.
 */
@Named
@RequestScoped
public class CatalogueBacking {

  /** The frameworks whose indicators a practice may raise, newest first. */
  static final List<String> FRAMEWORKS = List.of("pemdi-2026", "spbe-2020");

  @EJB private PracticeCatalogue catalogue;
  @EJB private InstansiRegister register;
  @EJB private FrameworkCatalogue frameworks;
  @Inject private LocaleBacking locale;

  private final Map<String, String> params = new LinkedHashMap<>();
  private PracticePage result = new PracticePage(List.of(), 0, 1, 1, 20);

  /** One option of the indicator filter: a domain, aspect or indicator of a framework. */
  public record RaisesOption(String key, String label, int depth) {}

  public void load() {
    try {
      result =
          catalogue.search(
              PracticeQuery.parse(
                  get("q"),
                  get("category"),
                  get("indicator"),
                  get("owner"),
                  get("province"),
                  get("kind"),
                  get("maturity"),
                  get("status"),
                  get("usedBy"),
                  get("sort"),
                  get("page"),
                  get("size")));
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  /** The address parameters, bound by the page's view parameters. */
  public Map<String, String> getParams() {
    return params;
  }

  private String get(String name) {
    return params.get(name);
  }

  public PracticePage getResult() {
    return result;
  }

  /** The address of another page of the same view. */
  public String pageLink(int page) {
    List<String> parts = new ArrayList<>();
    params.forEach(
        (name, value) -> {
          if (!"page".equals(name) && value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        });
    parts.add("page=" + page);
    return "?" + String.join("&", parts);
  }

  public List<PracticeCategory> getCategories() {
    return List.of(PracticeCategory.values());
  }

  public List<Maturity> getMaturities() {
    return List.of(Maturity.values());
  }

  public List<PracticeStatus> getStatuses() {
    return List.of(PracticeStatus.values());
  }

  public List<InstansiKind> getKinds() {
    return List.of(InstansiKind.values());
  }

  public List<Region> getProvinces() {
    return register.provinces();
  }

  public List<String> getSorts() {
    return List.of("adopted", "newest", "confirmed");
  }

  /** Domains, aspects and indicators of one framework, indented by depth. */
  public List<RaisesOption> raisesOptions(String code) {
    FrameworkVersion f = frameworks.findFramework(code).orElse(null);
    if (f == null) {
      return List.of();
    }
    List<RaisesOption> out = new ArrayList<>();
    Map<String, Integer> depth = new LinkedHashMap<>();
    for (FrameworkNode n : f.getNodes()) {
      int d = n.getParentCode() == null ? 0 : depth.getOrDefault(n.getParentCode(), 0) + 1;
      depth.put(n.getCode(), d);
      String name = LocalText.pick(locale.getLocale(), n.getNameId(), n.getNameEn());
      out.add(new RaisesOption(code + ":" + n.getCode(), n.getCode() + " " + name, d));
    }
    return out;
  }

  /** The framework name of an option's group label. */
  public String frameworkName(String code) {
    return frameworks
        .findFramework(code)
        .map(f -> LocalText.pick(locale.getLocale(), f.getNameId(), f.getNameEn()))
        .orElse(code);
  }

  public List<String> getFrameworkCodes() {
    return FRAMEWORKS;
  }
}
