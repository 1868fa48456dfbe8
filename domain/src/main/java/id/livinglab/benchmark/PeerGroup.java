package id.livinglab.benchmark;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A named group of instansi to compare with, beyond kind and province: a Living Lab cohort or a
 * group an administrator defines.
 */
@Entity
@Table(name = "peer_group")
@NamedQuery(
    name = PeerGroup.FIND_ALL,
    query = "select distinct g from PeerGroup g left join fetch g.members order by g.code")
public class PeerGroup {

  public static final String FIND_ALL = "PeerGroup.findAll";
  public static final int CODE_LENGTH = 60;

  /** Where a group comes from. */
  public enum Type {
    COHORT,
    CUSTOM
  }

  @Id
  @Column(length = CODE_LENGTH)
  private String code;

  @Column(name = "name_id", nullable = false, length = 200)
  private String nameId;

  @Column(name = "name_en", length = 200)
  private String nameEn;

  @Column(length = 1000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "group_type", nullable = false, length = 20)
  private Type type;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "peer_group_member", joinColumns = @JoinColumn(name = "group_code"))
  @Column(name = "instansi_code", length = 13)
  private Set<String> members = new LinkedHashSet<>();

  protected PeerGroup() {}

  public PeerGroup(String code, String nameId, String nameEn, String description, Type type) {
    this.code = code;
    this.nameId = nameId;
    this.nameEn = nameEn;
    this.description = description;
    this.type = type;
  }

  public String getCode() {
    return code;
  }

  public String getNameId() {
    return nameId;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getDescription() {
    return description;
  }

  public Type getType() {
    return type;
  }

  public Set<String> getMembers() {
    return members;
  }

  public String name(Locale locale) {
    return id.livinglab.support.LocalText.pick(locale, nameId, nameEn);
  }
}
