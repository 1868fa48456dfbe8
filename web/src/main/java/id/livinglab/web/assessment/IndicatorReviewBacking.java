package id.livinglab.web.assessment;

import id.livinglab.assessment.IndicatorView;
import id.livinglab.assessment.ReviewService;
import id.livinglab.assessment.VerdictKind;
import id.livinglab.web.common.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review forms of the indicator page: the assessor's external value and verdicts, the
 * instansi's replies. The page's subject (year, instansi, indicator) and its reading come from
 * {@link IndicatorBacking}, of the same view.
 */
@Named
@ViewScoped
public class IndicatorReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private IndicatorBacking indicator;
  @EJB private ReviewService review;

  private BigDecimal externalLevel;
  private String externalNote;
  private Long verdictEvidence;
  private VerdictKind verdictKind = VerdictKind.DITERIMA;
  private String verdictNote;
  private final Map<Long, String> replies = new HashMap<>();

  /** The saved external value fills the assessor's form. */
  @PostConstruct
  void fill() {
    IndicatorView view = indicator.getView();
    if (view != null) {
      externalLevel = view.answer().externalLevel();
      externalNote = view.answer().externalNote();
    }
  }

  /** Saves the external value over the version the assessor saw (a newer one: a conflict). */
  public void score() {
    FacesMessages.attempt(
        () -> {
          review.score(
              indicator.getYear(),
              indicator.getCode(),
              indicator.getNo(),
              externalLevel,
              externalNote,
              indicator.getView().answer().version());
          FacesMessages.info("assessment.saved");
        });
    indicator.refresh();
  }

  public void giveVerdict() {
    FacesMessages.attempt(
        () -> {
          review.verdict(
              indicator.getYear(),
              indicator.getCode(),
              indicator.getNo(),
              verdictEvidence,
              verdictKind,
              verdictNote);
          verdictNote = null;
          FacesMessages.info("assessment.saved");
        });
    indicator.refresh();
  }

  public void reply(long verdictId) {
    FacesMessages.attempt(
        () -> {
          review.reply(indicator.getYear(), indicator.getCode(), verdictId, replies.get(verdictId));
          FacesMessages.info("assessment.saved");
        });
    indicator.refresh();
  }

  public List<VerdictKind> getVerdictKinds() {
    return List.of(VerdictKind.values());
  }

  public BigDecimal getExternalLevel() {
    return externalLevel;
  }

  public void setExternalLevel(BigDecimal externalLevel) {
    this.externalLevel = externalLevel;
  }

  public String getExternalNote() {
    return externalNote;
  }

  public void setExternalNote(String externalNote) {
    this.externalNote = externalNote;
  }

  public Long getVerdictEvidence() {
    return verdictEvidence;
  }

  public void setVerdictEvidence(Long verdictEvidence) {
    this.verdictEvidence = verdictEvidence;
  }

  public VerdictKind getVerdictKind() {
    return verdictKind;
  }

  public void setVerdictKind(VerdictKind verdictKind) {
    this.verdictKind = verdictKind;
  }

  public String getVerdictNote() {
    return verdictNote;
  }

  public void setVerdictNote(String verdictNote) {
    this.verdictNote = verdictNote;
  }

  public Map<Long, String> getReplies() {
    return replies;
  }
}
