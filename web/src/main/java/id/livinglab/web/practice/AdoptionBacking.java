package id.livinglab.web.practice;

import id.livinglab.common.NotFoundException;
import id.livinglab.instansi.Instansi;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.practice.Adoption;
import id.livinglab.practice.AdoptionQueries;
import id.livinglab.practice.AdoptionService;
import id.livinglab.practice.AdoptionStage;
import id.livinglab.practice.Practice;
import id.livinglab.practice.TransferMode;
import id.livinglab.support.WebAddress;
import id.livinglab.web.common.ErrorPages;
import id.livinglab.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /adoption/adoption.xhtml?id=7}: one adoption, its stages and facts, and the moves the
 * reader may make (the workflow's answer, as the API gives it). An interest (MINAT) only the two
 * parties and facilitators see.
 */
@Named
@ViewScoped
public class AdoptionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AdoptionService adoptions;
  @EJB private AdoptionQueries queries;
  @EJB private InstansiRegister register;

  private String id;
  private AdoptionStage stage;
  private String note;
  private String problem;
  private String resources;
  private TransferMode mode;
  private String evidence;
  private String adaptation;
  private transient Adoption adoption;
  private transient Practice practice;

  public void load() throws IOException {
    try {
      read();
    } catch (NotFoundException e) {
      ErrorPages.send(e);
    }
  }

  private void read() {
    if (id == null || !id.matches("\\d{1,18}")) {
      throw new NotFoundException("error.adoption.unknown", String.valueOf(id));
    }
    adoption = queries.get(Long.parseLong(id));
    practice = queries.practiceOf(adoption);
  }

  /** Makes the chosen move; the page then shows the adoption as it now is. */
  public String move() {
    boolean moved =
        FacesMessages.attempt(
            () ->
                adoptions.move(
                    Long.parseLong(id),
                    new AdoptionService.MoveRequest(
                        stage, note, null, null, problem, resources, mode, evidence, adaptation)));
    if (!moved) {
      return null;
    }
    return "/adoption/adoption.xhtml?faces-redirect=true&id=" + id;
  }

  public Adoption getAdoption() {
    if (adoption == null && id != null) {
      read();
    }
    return adoption;
  }

  public Practice getPractice() {
    getAdoption();
    return practice;
  }

  public Instansi instansi(String code) {
    return register.get(code);
  }

  public List<AdoptionStage> getAllowed() {
    return queries.allowedFor(getAdoption());
  }

  /** The stages on the way to verification, and the stop when it was stopped. */
  public List<AdoptionStage> getStagesPath() {
    return Arrays.stream(AdoptionStage.values())
        .filter(s -> s != AdoptionStage.DIHENTIKAN || getAdoption().getStage() == s)
        .toList();
  }

  public List<TransferMode> getModes() {
    return List.of(TransferMode.values());
  }

  public String link(String url) {
    return WebAddress.linkable(url);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public AdoptionStage getStage() {
    return stage;
  }

  public void setStage(AdoptionStage stage) {
    this.stage = stage;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public String getResources() {
    return resources;
  }

  public void setResources(String resources) {
    this.resources = resources;
  }

  public TransferMode getMode() {
    return mode;
  }

  public void setMode(TransferMode mode) {
    this.mode = mode;
  }

  public String getEvidence() {
    return evidence;
  }

  public String getAdaptation() {
    return adaptation;
  }

  public void setAdaptation(String adaptation) {
    this.adaptation = adaptation;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }
}
