package id.livinglab.web.practice;

import id.livinglab.common.NotFoundException;
import id.livinglab.practice.AdopterRow;
import id.livinglab.practice.Adoption;
import id.livinglab.practice.AdoptionService;
import id.livinglab.practice.PracticeCatalogue;
import id.livinglab.practice.PracticeView;
import id.livinglab.web.common.ErrorPages;
import id.livinglab.web.common.FacesMessages;
import id.livinglab.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /adoption/start.xhtml?practice=12}: "Saya ingin mengadopsi". The coordinator confirms the
 * interest of its instansi, from the owner or from an adopter that runs the practice (a variant);
 * the adoption starts in MINAT and the page goes to it.
 */
@Named
@ViewScoped
public class AdoptionStartBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PracticeCatalogue catalogue;
  @EJB private AdoptionService adoptions;
  @Inject private CurrentUser currentUser;

  private String practice;
  private Long parent;
  private transient PracticeView view;

  public void load() throws IOException {
    try {
      if (practice == null || !practice.matches("\\d{1,18}")) {
        throw new NotFoundException("error.practice.unknown", String.valueOf(practice));
      }
      view = catalogue.view(Long.parseLong(practice));
    } catch (NotFoundException e) {
      ErrorPages.send(e);
    }
  }

  /** Starts the adoption and goes to its page; a refusal stays here with its message. */
  public String start() {
    return FacesMessages.attempt(
        () -> {
          Adoption a =
              adoptions.start(
                  Long.parseLong(practice), currentUser.getInstansiCode(), parent, null, null);
          return "/adoption/adoption.xhtml?faces-redirect=true&id=" + a.getId();
        },
        null);
  }

  /** Adopters that run the practice: one may be learned from instead of the owner. */
  public List<AdopterRow> getParents() {
    return getView().adopters().stream().filter(a -> a.adoption().getStage().inUse()).toList();
  }

  public PracticeView getView() {
    if (view == null && practice != null) {
      view = catalogue.view(Long.parseLong(practice));
    }
    return view;
  }

  public String getPractice() {
    return practice;
  }

  public void setPractice(String practice) {
    this.practice = practice;
  }

  public Long getParent() {
    return parent;
  }

  public void setParent(Long parent) {
    this.parent = parent;
  }
}
