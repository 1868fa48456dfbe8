package id.livinglab.web.assessment;

import id.livinglab.assessment.AssessmentService;
import id.livinglab.assessment.PeriodService;
import id.livinglab.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /assessment/index.xhtml}: what the caller works on; for the administrator also the periods
 * (next stage) and the assignment of assessors.
 */
@Named
@RequestScoped
public class WorklistBacking {

  @EJB private AssessmentService assessments;
  @EJB private PeriodService periods;

  private List<AssessmentService.WorkItem> items;
  private int assignYear = 2026;
  private String assignInstansi;
  private String assignAssessor;
  private String assignAspect;

  public List<AssessmentService.WorkItem> getItems() {
    if (items == null) {
      items = assessments.worklist();
    }
    return items;
  }

  public List<PeriodService.PeriodSummary> getPeriods() {
    return periods.periods();
  }

  public String advance(int year) {
    return FacesMessages.attempt(
        () -> {
          PeriodService.PeriodSummary p = periods.advance(year);
          FacesMessages.info("assessment.period.advanced", year, p.stage().name());
          return "/assessment/index.xhtml?faces-redirect=true";
        },
        null);
  }

  public String assign() {
    return FacesMessages.attempt(
        () -> {
          periods.assign(assignYear, assignInstansi, assignAssessor, assignAspect);
          FacesMessages.info("assessment.assign.done", assignAssessor, assignInstansi);
          return "/assessment/index.xhtml?faces-redirect=true";
        },
        null);
  }

  public int getAssignYear() {
    return assignYear;
  }

  public void setAssignYear(int assignYear) {
    this.assignYear = assignYear;
  }

  public String getAssignInstansi() {
    return assignInstansi;
  }

  public void setAssignInstansi(String assignInstansi) {
    this.assignInstansi = assignInstansi;
  }

  public String getAssignAssessor() {
    return assignAssessor;
  }

  public void setAssignAssessor(String assignAssessor) {
    this.assignAssessor = assignAssessor;
  }

  public String getAssignAspect() {
    return assignAspect;
  }

  public void setAssignAspect(String assignAspect) {
    this.assignAspect = assignAspect;
  }
}
