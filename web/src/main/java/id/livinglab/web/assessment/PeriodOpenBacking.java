package id.livinglab.web.assessment;

import id.livinglab.assessment.PeriodService;
import id.livinglab.assessment.Stage;
import id.livinglab.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's form on {@code /assessment/index.xhtml} that opens a period: its year (the
 * framework and grading basis follow from the year) and the planned dates of each stage.
 */
@Named
@RequestScoped
public class PeriodOpenBacking {

  @EJB private PeriodService periods;

  private Integer year;
  private final Map<String, String> from = new HashMap<>();
  private final Map<String, String> to = new HashMap<>();

  /** The stages that have dates (the closed period has none). */
  public List<Stage> getStages() {
    return Arrays.stream(Stage.values()).filter(s -> s != Stage.SELESAI).toList();
  }

  public String open() {
    if (year == null) {
      FacesMessages.error("error.field.required", FacesMessages.text("assessment.year"));
      return null;
    }
    Map<Stage, PeriodService.Dates> dates = new EnumMap<>(Stage.class);
    for (Stage stage : getStages()) {
      LocalDate start = date(from.get(stage.name()));
      LocalDate end = date(to.get(stage.name()));
      if (start == INVALID || end == INVALID) {
        FacesMessages.error(
            "error.field.date", FacesMessages.text("assessment.stage." + stage.name()));
        return null;
      }
      if (start != null || end != null) {
        dates.put(stage, new PeriodService.Dates(start, end));
      }
    }
    return FacesMessages.attempt(
        () -> {
          periods.open(year, dates);
          FacesMessages.info("assessment.period.opened", year);
          return "/assessment/index.xhtml?faces-redirect=true";
        },
        null);
  }

  /** Marks a date that could not be read (null means none was given). */
  private static final LocalDate INVALID = LocalDate.MIN;

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return INVALID;
    }
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Map<String, String> getFrom() {
    return from;
  }

  public Map<String, String> getTo() {
    return to;
  }
}
