package cn.cadre.appraisal.special;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 专项考核 of one major task: what the task is, how it is appraised (along it or at its end), who
 * appraises (a team that may include other departments' staff), whose opinion is asked (the offices,
 * the task's principals). The cadres and units drawn into it are {@link SpecialCadre}s and {@link SpecialUnit}s.
 */
@Entity
@Table(name = "special_appraisal")
public class SpecialAppraisal {

  public enum Status { OPEN, CONCLUDED }

  public enum Role { TEAM, PRINCIPAL }

  @Embeddable
  public record Member(@Column(name = "user_id", length = 64) String userId,
                       @Enumerated(EnumType.STRING) @Column(name = "member_role", length = 16) Role role) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "appraisal_year", nullable = false)
  private int year;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "task_kind", nullable = false, length = 20)
  private SpecialTaskKind taskKind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SpecialMode mode;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "opened_by", nullable = false, length = 64)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private LocalDateTime openedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "special_appraisal_member", joinColumns = @JoinColumn(name = "appraisal_id"))
  private Set<Member> members = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "special_appraisal_office", joinColumns = @JoinColumn(name = "appraisal_id"))
  @Column(name = "office_code", length = 30)
  private Set<String> officeCodes = new LinkedHashSet<>();

  protected SpecialAppraisal() {}

  SpecialAppraisal(int year, String title, SpecialTaskKind taskKind, SpecialMode mode, LocalDate dueDate,
      List<String> team, List<String> principals, List<String> officeCodes, String openedBy, LocalDateTime openedAt) {
    this.year = year;
    this.title = title;
    this.taskKind = taskKind;
    this.mode = mode;
    this.dueDate = dueDate;
    this.status = Status.OPEN;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
    team.forEach(u -> members.add(new Member(u, Role.TEAM)));
    principals.forEach(u -> members.add(new Member(u, Role.PRINCIPAL)));
    this.officeCodes.addAll(officeCodes);
  }

  void conclude() {
    this.status = Status.CONCLUDED;
  }

  /** Its process's business key, "2026-SPECIAL/special-3": its tasks and red lights are found by it. */
  public String businessKey() {
    return year + "-SPECIAL/special-" + id;
  }

  /** "2026年某某任务专项考核", as tasks, notices and the cadre's file name it. */
  public String basis() {
    return year + "年" + title + "专项考核";
  }

  public List<String> usersIn(Role role) {
    return members.stream().filter(m -> m.role() == role).map(Member::userId).toList();
  }

  public Long getId() { return id; }
  public int getYear() { return year; }
  public String getTitle() { return title; }
  public SpecialTaskKind getTaskKind() { return taskKind; }
  public SpecialMode getMode() { return mode; }
  public LocalDate getDueDate() { return dueDate; }
  public Status getStatus() { return status; }
  public String getOpenedBy() { return openedBy; }
  public LocalDateTime getOpenedAt() { return openedAt; }
  public Set<String> getOfficeCodes() { return officeCodes; }
}
