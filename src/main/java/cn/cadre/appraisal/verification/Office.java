package cn.cadre.appraisal.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An office asked for negative lists (负面清单) in the 了解核实 stage: discipline inspection, audit,
 * petitions, and whatever else an organisation asks (Sichuan: 18). Its members work the office's
 * list in a round; the default set is what a new round asks unless told otherwise.
 */
@Entity
@Table(name = "office")
public class Office {

  @Id
  @Column(length = 30)
  private String code;

  @Column(nullable = false, length = 50)
  private String name;

  @Column(name = "group_id", nullable = false, length = 64, unique = true)
  private String groupId;

  @Column(name = "asked_by_default", nullable = false)
  private boolean askedByDefault;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected Office() {}

  Office(String code, String name, String groupId, boolean askedByDefault, int sortOrder, String createdBy,
      LocalDateTime createdAt) {
    this.code = code;
    this.name = name;
    this.groupId = groupId;
    this.askedByDefault = askedByDefault;
    this.sortOrder = sortOrder;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void change(String name, boolean askedByDefault, int sortOrder) {
    this.name = name;
    this.askedByDefault = askedByDefault;
    this.sortOrder = sortOrder;
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public String getGroupId() { return groupId; }
  public boolean isAskedByDefault() { return askedByDefault; }
  public int getSortOrder() { return sortOrder; }
}
