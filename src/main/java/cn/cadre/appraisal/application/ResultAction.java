package cn.cadre.appraisal.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One path a finding opened (提拔使用, 诫勉谈话, 整改…) and what has been done on it: the
 * proposal, the party committee's decision, the talk, the training class. Whose it is and why
 * comes from its subject (a cadre or a team, and the annual grade or routine finding behind it).
 */
@Entity
@Table(name = "result_action")
public class ResultAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The annual round, for paths opened by an annual grade (listed by round); null otherwise. */
  @Column(name = "campaign_id")
  private Long campaignId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subject_id", nullable = false)
  private ResultSubject subject;

  @Column(name = "grade_record_id")
  private Long gradeRecordId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ResultPath path;

  @Column(name = "path_label", nullable = false, length = 100)
  private String pathLabel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ActionStatus status;

  @Column(columnDefinition = "longtext")
  private String proposal;

  @Column(name = "new_position", length = 200)
  private String newPosition;

  /** 问责方式, for an accountability path. */
  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private AccountabilityMeasure measure;

  @Column(length = 20)
  private String decision;

  @Column(name = "decision_reason", columnDefinition = "longtext")
  private String decisionReason;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "leader_user_id", length = 64)
  private String leaderUserId;

  @Column(name = "talk_at")
  private LocalDateTime talkAt;

  @Column(length = 200)
  private String place;

  @Column(name = "class_name", length = 200)
  private String className;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "record_text", columnDefinition = "longtext")
  private String recordText;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected ResultAction() {}

  ResultAction(ResultSubject subject, ResultPath path, String pathLabel, LocalDateTime now) {
    this.campaignId = subject.campaignId();
    this.subject = subject;
    this.gradeRecordId = subject.getGradeRecordId();
    this.path = path;
    this.pathLabel = pathLabel == null || pathLabel.isBlank() ? path.label() : pathLabel;
    this.status = ActionStatus.OPEN;
    this.updatedAt = now;
  }

  void moveTo(ActionStatus status, String actor, LocalDateTime now) {
    this.status = status;
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  void propose(String proposal, String newPosition) {
    this.proposal = proposal;
    this.newPosition = newPosition;
  }

  void proposeMeasure(AccountabilityMeasure measure, String reason) {
    this.measure = measure;
    this.proposal = reason;
  }

  void decide(String decision, String reason, String actor) {
    this.decision = decision;
    this.decisionReason = reason;
    this.decidedBy = actor;
  }

  void schedule(LocalDateTime talkAt, String place, String leaderUserId) {
    this.talkAt = talkAt;
    this.place = place;
    this.leaderUserId = leaderUserId;
  }

  void assignClass(String className, LocalDate startsOn, LocalDate endsOn, String place) {
    this.className = className;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.place = place;
  }

  void record(String text) {
    this.recordText = text;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public ResultSubject getSubject() { return subject; }
  public Long getGradeRecordId() { return gradeRecordId; }
  public ResultPath getPath() { return path; }
  public String getPathLabel() { return pathLabel; }
  public ActionStatus getStatus() { return status; }
  public String getProposal() { return proposal; }
  public String getNewPosition() { return newPosition; }
  public String getDecision() { return decision; }
  public String getDecisionReason() { return decisionReason; }
  public String getDecidedBy() { return decidedBy; }
  public String getLeaderUserId() { return leaderUserId; }
  public LocalDateTime getTalkAt() { return talkAt; }
  public String getPlace() { return place; }
  public String getClassName() { return className; }
  public LocalDate getStartsOn() { return startsOn; }
  public LocalDate getEndsOn() { return endsOn; }
  public String getRecordText() { return recordText; }
  public AccountabilityMeasure getMeasure() { return measure; }
  public String getUpdatedBy() { return updatedBy; }
  public LocalDateTime getUpdatedAt() { return updatedAt; }
}
