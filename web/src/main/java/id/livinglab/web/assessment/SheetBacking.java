package id.livinglab.web.assessment;

import id.livinglab.assessment.AssessmentService;
import id.livinglab.assessment.AssessmentSheet;
import id.livinglab.assessment.Finalisation;
import id.livinglab.assessment.SelfAssessment;
import id.livinglab.common.AccessDeniedException;
import id.livinglab.common.NotFoundException;
import id.livinglab.simulation.SimulationAccess;
import id.livinglab.web.common.ErrorPages;
import id.livinglab.web.common.FacesMessages;
import id.livinglab.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;

/**
 * {@code /assessment/sheet.xhtml?year=&code=}: one instansi's assessment, self and external level
 * side by side, with the coordinator's submit and the administrator's finalise. Request scoped: the
 * buttons post the year and instansi again as parameters, which the view parameters read.
 */
@Named
@RequestScoped
public class SheetBacking {

  @EJB private AssessmentService assessments;
  @EJB private SelfAssessment self;
  @EJB private Finalisation finalisation;
  @Inject private CurrentUser currentUser;

  private int year;
  private String code;
  private AssessmentSheet sheet;

  @PostConstruct
  void readRequest() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    code = params.get("code");
    try {
      year = Integer.parseInt(params.getOrDefault("year", ""));
    } catch (NumberFormatException e) {
      code = null;
    }
  }

  /** Loads the sheet; another instansi's is a 403 page, an unknown period a 404. */
  public void load() throws IOException {
    if (code == null) {
      ErrorPages.send(new NotFoundException("error.period.notFound", year));
      return;
    }
    try {
      sheet = assessments.sheet(year, code);
    } catch (AccessDeniedException | NotFoundException e) {
      ErrorPages.send(e);
    }
  }

  public String submit() {
    return FacesMessages.attempt(
        () -> {
          self.submit(year, code);
          FacesMessages.info("assessment.submitted", code);
          return redirect();
        },
        null);
  }

  public String finalise() {
    return FacesMessages.attempt(
        () -> {
          var score = finalisation.finalise(year, code);
          FacesMessages.info(
              "assessment.finalised",
              code,
              score.index(),
              score.predicate().name(FacesMessages.locale()));
          return redirect();
        },
        null);
  }

  private String redirect() {
    return "/assessment/sheet.xhtml?faces-redirect=true&year=" + year + "&code=" + code;
  }

  public AssessmentSheet getSheet() {
    if (sheet == null && code != null) {
      sheet = assessments.sheet(year, code);
    }
    return sheet;
  }

  /** Whether the caller may simulate this instansi (its people, the administrator). */
  public boolean isMaySimulate() {
    return code != null
        && currentUser.caller().map(c -> SimulationAccess.mayUse(c, code)).orElse(false);
  }

  public int getYear() {
    return year;
  }

  public String getCode() {
    return code;
  }
}
