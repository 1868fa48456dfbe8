package id.livinglab.web.assessment;

import id.livinglab.assessment.AssessmentService;
import id.livinglab.assessment.CrosswalkReference;
import id.livinglab.assessment.EvidenceService;
import id.livinglab.assessment.IndicatorView;
import id.livinglab.assessment.SelfAssessment;
import id.livinglab.common.AccessDeniedException;
import id.livinglab.common.BusinessException;
import id.livinglab.common.ConflictException;
import id.livinglab.common.NotFoundException;
import id.livinglab.web.common.ErrorPages;
import id.livinglab.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /assessment/indicator.xhtml?year=&code=&no=}: one indicator, its self-assessment and
 * evidence (the assessors' forms are {@link IndicatorReviewBacking}). View scoped: the form keeps
 * the version it started from, so a save over a colleague's newer answer is refused and the text
 * the user typed stays in the form to be applied again.
 */
@Named
@ViewScoped
public class IndicatorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AssessmentService assessments;
  @EJB private SelfAssessment self;
  @EJB private EvidenceService evidence;
  @EJB private CrosswalkReference crosswalk;

  private int year;
  private String code;
  private String no;
  private transient IndicatorView view;
  private transient List<CrosswalkReference.Related> related;

  private BigDecimal level;
  private String opd;
  private String explanation;
  private int version;
  private transient Part file;

  private Long linkEvidence;

  /** First load: the saved answer fills the form; 403/404 pages for what the caller may not see. */
  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    if (refresh()) {
      IndicatorView.AnswerState a = view.answer();
      level = a.selfLevel();
      opd = a.opd();
      explanation = a.explanation();
      version = a.version();
    }
  }

  /**
   * Reads the indicator (again, after an action); false when the caller may not see it. A post
   * whose parameters name an assessment the caller may not see (a forged form) thus ends on the 403
   * page; the action itself was refused by the service.
   */
  boolean refresh() {
    try {
      view = assessments.indicator(year, code, no);
      return true;
    } catch (AccessDeniedException | NotFoundException e) {
      try {
        ErrorPages.send(e);
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
      return false;
    }
  }

  /**
   * The related indicators of the earlier framework (unofficial crosswalk), read once per view:
   * empty where no crosswalk leads into the period's framework.
   */
  public List<CrosswalkReference.Related> getRelated() {
    if (related == null) {
      related = crosswalk.related(year, code, no);
    }
    return related;
  }

  public IndicatorView getView() {
    if (view == null) {
      refresh();
    }
    return view;
  }

  public void save() {
    try {
      IndicatorView.AnswerState saved =
          self.save(
              year, code, no, new SelfAssessment.SelfAnswer(level, opd, explanation), version);
      version = saved.version();
      FacesMessages.info("assessment.saved");
    } catch (ConflictException e) {
      // The user's entries stay in the form and the page shows the saved answer beside them;
      // saving again (deliberately, after reading it) then replaces the newer answer.
      FacesMessages.error(e);
      if (refresh()) {
        version = view.answer().version();
      }
      return;
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
    refresh();
  }

  public void upload() {
    if (file == null || file.getSize() == 0) {
      FacesMessages.error("error.evidence.empty");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      IndicatorView.EvidenceItem stored =
          evidence.upload(year, code, no, file.getSubmittedFileName(), in);
      FacesMessages.info("assessment.evidence.uploaded", stored.documentName(), stored.version());
    } catch (BusinessException e) {
      FacesMessages.error(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteUploaded();
    }
    if (refresh()) {
      version = view.answer().version();
    }
  }

  /**
   * The container keeps a part over the size threshold in a file of its own: gone once the store
   * has its copy, or has refused it, so nothing of the upload outlives the request.
   */
  private void deleteUploaded() {
    try {
      file.delete();
    } catch (IOException e) {
      // The container deletes its parts at the end of the request as well.
    }
  }

  public void link() {
    FacesMessages.attempt(
        () -> {
          if (linkEvidence != null) {
            evidence.link(year, code, no, linkEvidence);
            FacesMessages.info("assessment.evidence.linked");
          }
        });
    refresh();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNo() {
    return no;
  }

  public void setNo(String no) {
    this.no = no;
  }

  public BigDecimal getLevel() {
    return level;
  }

  public void setLevel(BigDecimal level) {
    this.level = level;
  }

  public String getOpd() {
    return opd;
  }

  public void setOpd(String opd) {
    this.opd = opd;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public Long getLinkEvidence() {
    return linkEvidence;
  }

  public void setLinkEvidence(Long linkEvidence) {
    this.linkEvidence = linkEvidence;
  }
}
