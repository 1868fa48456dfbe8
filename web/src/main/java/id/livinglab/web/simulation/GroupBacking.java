package id.livinglab.web.simulation;

import id.livinglab.simulation.GroupPlan;
import id.livinglab.simulation.GroupSimulation;
import id.livinglab.web.common.ChartJson;
import id.livinglab.web.common.FacesMessages;
import id.livinglab.web.i18n.Languages;
import id.livinglab.web.i18n.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /simulation/group.xhtml?group=livinglab-jabar-2023&year=2021&target=}: a group's average
 * now and under each member's cheapest plan. Public and request scoped: official data only, and the
 * form is a plain GET, so a view can be shared.
 */
@Named
@RequestScoped
public class GroupBacking {

  @EJB private GroupSimulation simulation;
  @Inject private LocaleBacking locale;

  private String group;
  private Integer year;
  private String target;
  private GroupPlan plan;

  public void load() {
    if (group == null || group.isBlank()) {
      return;
    }
    FacesMessages.attempt(
        () -> {
          plan = simulation.simulate(group, year, target);
        });
  }

  public List<GroupSimulation.GroupChoice> getChoices() {
    return simulation.choices();
  }

  public List<Integer> getYears() {
    return simulation.years();
  }

  /** A group's name in the page's language; a kind is named from the bundle. */
  public String choiceLabel(GroupSimulation.GroupChoice choice) {
    if (choice.kind() != null) {
      return message("group.kind", message(choice.kind().labelKey()));
    }
    return locale.isEnglish() && choice.nameEn() != null ? choice.nameEn() : choice.nameId();
  }

  public String getGroupName() {
    return plan.kind() != null
        ? message("group.kind", message(plan.kind().labelKey()))
        : plan.name(locale.getLocale());
  }

  /** What each member's plan adds to the group average, the largest first, as bars. */
  public String getShareChart() {
    List<GroupPlan.Member> counted = plan.members().stream().filter(m -> m.now() != null).toList();
    return ChartJson.bar()
        .labels(counted.stream().map(GroupPlan.Member::name).toList())
        .series(
            message("group.chart.share"), counted.stream().map(m -> plan.share(m.code())).toList())
        .toJson();
  }

  private String message(String key, Object... args) {
    return Languages.message(locale.getLocale(), key, args);
  }

  public GroupPlan getPlan() {
    return plan;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }
}
