package id.livinglab.web.instansi;

import id.livinglab.benchmark.BenchmarkService;
import id.livinglab.benchmark.Portrait;
import id.livinglab.common.NotFoundException;
import id.livinglab.web.i18n.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;

/** {@code /instansi/{code}}: the portrait of one instansi. */
@Named
@ViewScoped
public class PortraitBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BenchmarkService benchmark;
  @Inject private LocaleBacking locale;

  private String code;
  private Integer year;
  private Portrait portrait;

  /** Loads the portrait; an unknown code or year is a 404 page, never a stack trace. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      portrait = benchmark.portrait(code, year);
    } catch (NotFoundException e) {
      faces.getExternalContext().responseSendError(404, e.messageKey());
      faces.responseComplete();
    }
  }

  /** Chart.js configuration of the domain values as a bar chart, 0–5. */
  public String getDomainChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (Portrait.NodeValue node : portrait.nodes()) {
      labels.add(node.code() + " " + node.name(locale.isEnglish()));
      values.add(node.value());
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", portrait.name() + " " + portrait.year())
                                .add("data", values)
                                .add("backgroundColor", "#1f6f8b"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("min", 0).add("max", 5))))
        .build()
        .toString();
  }

  public Portrait getPortrait() {
    return portrait;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
