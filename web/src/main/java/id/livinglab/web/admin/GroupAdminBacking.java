package id.livinglab.web.admin;

import id.livinglab.benchmark.PeerGroup;
import id.livinglab.benchmark.PeerGroupAdmin;
import id.livinglab.benchmark.PeerGroups;
import id.livinglab.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /admin/groups.xhtml}: the administrator defines, edits and removes peer groups (the
 * cohorts shipped with the data are read-only). The service checks the role and audits; the members
 * are typed as instansi codes, one list, and every unknown code is named.
 */
@Named
@ViewScoped
public class GroupAdminBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PeerGroups groups;
  @EJB private PeerGroupAdmin admin;

  private String code;
  private String nameId;
  private String nameEn;
  private String description;
  private String members;
  private transient List<PeerGroup> list;

  public List<PeerGroup> getGroups() {
    if (list == null) {
      list = groups.all();
    }
    return list;
  }

  /** Fills the form with a custom group, to change it. */
  public void edit(String groupCode) {
    getGroups().stream()
        .filter(g -> g.getCode().equals(groupCode))
        .findFirst()
        .ifPresent(
            g -> {
              code = g.getCode();
              nameId = g.getNameId();
              nameEn = g.getNameEn();
              description = g.getDescription();
              members = String.join(", ", g.getMembers());
            });
  }

  public void define() {
    FacesMessages.attempt(
        () -> {
          PeerGroup g = admin.define(code, nameId, nameEn, description, codes(members));
          FacesMessages.info("groups.saved", g.getNameId(), g.getMembers().size());
          list = null;
        });
  }

  public void remove(String groupCode) {
    FacesMessages.attempt(
        () -> {
          admin.remove(groupCode);
          FacesMessages.info("groups.removed", groupCode);
          list = null;
        });
  }

  /** "32.11, 32.05 32.08" or one per line. */
  static List<String> codes(String typed) {
    return typed == null
        ? List.of()
        : Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  public boolean custom(PeerGroup g) {
    return g.getType() == PeerGroup.Type.CUSTOM;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameId() {
    return nameId;
  }

  public void setNameId(String nameId) {
    this.nameId = nameId;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getMembers() {
    return members;
  }

  public void setMembers(String members) {
    this.members = members;
  }
}
