package cn.cadre.appraisal.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * 工作人员: a user who is not a cadre (organisation department, appraisal team, office liaison).
 * Their groups live in the user directory; here only what the appraisal needs: the home unit (本单位).
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, unique = true, length = 64)
  private String userId;

  @Column(nullable = false, length = 100)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "home_unit_id", nullable = false)
  private Unit homeUnit;

  /** 负责人: heads the office(s) whose groups they are in; an office's overdue task is escalated to them. */
  @Column(name = "office_head", nullable = false)
  private boolean officeHead;

  protected StaffMember() {}

  public StaffMember(String userId, String name, Unit homeUnit) {
    this.userId = userId;
    this.name = name;
    this.homeUnit = homeUnit;
  }

  /** Applies a roster row; the user id is the key and never changes. Returns whether anything changed. */
  boolean update(String name, Unit homeUnit) {
    boolean changed = !this.name.equals(name) || !this.homeUnit.getCode().equals(homeUnit.getCode());
    this.name = name;
    this.homeUnit = homeUnit;
    return changed;
  }

  /** Whether they head their office(s); answers whether that changed. */
  boolean headsOffice(boolean head) {
    boolean changed = this.officeHead != head;
    this.officeHead = head;
    return changed;
  }

  public boolean isOfficeHead() { return officeHead; }
  public Long getId() { return id; }
  public String getUserId() { return userId; }
  public String getName() { return name; }
  public Unit getHomeUnit() { return homeUnit; }
}
