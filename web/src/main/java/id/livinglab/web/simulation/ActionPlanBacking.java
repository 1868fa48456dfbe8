package id.livinglab.web.simulation;

import id.livinglab.common.BusinessException;
import id.livinglab.common.NotFoundException;
import id.livinglab.simulation.ActionPlans;
import id.livinglab.simulation.TaskStatus;
import id.livinglab.web.common.ErrorPages;
import id.livinglab.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /simulation/plan.xhtml?year=&code=}: the action plan of an instansi for a year, its
 * progress, and for each task whether its indicator moved in the next official result. Each row is
 * reported on its own, against the version it was shown at.
 */
@Named
@ViewScoped
public class ActionPlanBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ActionPlans plans;

  private int year;
  private String code;
  private transient ActionPlans.PlanView view;
  private final List<Edit> edits = new ArrayList<>();

  /** What a row's form holds. */
  public static class Edit implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final int version;
    private String ownerOpd;
    private LocalDate deadline;
    private TaskStatus status;

    Edit(ActionPlans.TaskView t) {
      id = t.id();
      version = t.version();
      ownerOpd = t.ownerOpd();
      deadline = t.deadline();
      status = t.status();
    }

    public String getOwnerOpd() {
      return ownerOpd;
    }

    public void setOwnerOpd(String ownerOpd) {
      this.ownerOpd = ownerOpd;
    }

    public LocalDate getDeadline() {
      return deadline;
    }

    public void setDeadline(LocalDate deadline) {
      this.deadline = deadline;
    }

    public TaskStatus getStatus() {
      return status;
    }

    public void setStatus(TaskStatus status) {
      this.status = status;
    }
  }

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
    code = params.get("code");
    try {
      year = Integer.parseInt(params.getOrDefault("year", ""));
      refresh();
    } catch (NumberFormatException e) {
      ErrorPages.send(new NotFoundException("error.year.notFound", params.get("year")));
    } catch (BusinessException e) {
      ErrorPages.send(e);
    }
  }

  /** Saves one row; a colleague's newer report is named and this row's input kept. */
  public void save(int row) {
    Edit e = edits.get(row);
    try {
      plans.update(e.id, e.ownerOpd, e.deadline, e.status, e.version);
      FacesMessages.info("plan.task.saved");
      refresh();
    } catch (BusinessException ex) {
      FacesMessages.error(ex);
    }
  }

  private void refresh() {
    view = plans.plan(year, code);
    edits.clear();
    view.tasks().forEach(t -> edits.add(new Edit(t)));
  }

  public ActionPlans.PlanView getView() {
    if (view == null && code != null) {
      view = plans.plan(year, code);
    }
    return view;
  }

  public List<Edit> getEdits() {
    return edits;
  }

  public TaskStatus[] getStatuses() {
    return TaskStatus.values();
  }

  public int getYear() {
    return year;
  }

  public String getCode() {
    return code;
  }
}
