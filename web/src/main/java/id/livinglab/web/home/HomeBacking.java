package id.livinglab.web.home;

import id.livinglab.result.NationalIndex;
import id.livinglab.result.ResultService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** {@code /index.xhtml}: the national index series as a chart and a table. */
@Named
@RequestScoped
public class HomeBacking {

  @EJB private ResultService results;

  private List<NationalIndex> series;

  public List<NationalIndex> getSeries() {
    if (series == null) {
      series = results.nationalSeries();
    }
    return series;
  }

  /** Chart.js configuration: a line of the national index per year on the 0–5 scale. */
  public String chart(String seriesLabel) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (NationalIndex n : getSeries()) {
      labels.add(String.valueOf(n.getYear()));
      values.add(n.getIndex());
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", seriesLabel)
                                .add("data", values)
                                .add("borderColor", "#1f6f8b")
                                .add("backgroundColor", "#1f6f8b")
                                .add("tension", 0.2))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 0).add("max", 5))))
        .build()
        .toString();
  }
}
