package cn.cadre.appraisal.routine;

import cn.cadre.appraisal.organisation.Unit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.List;

/**
 * 蹲点调研 (福建做法): a team stays in a unit (about two weeks) instead of scoring it from afar; it records
 * its talks (how many, and whether the four groups that must be talked to were — 四必谈), its site
 * visits, and ends with the 四个一: an analysis report, the cadres at both ends (两头干部), the problems
 * found and the good practices found.
 */
@Entity
@Table(name = "field_stay")
public class FieldStay {

  public enum Status { OPEN, DONE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(nullable = false)
  private int days;

  /** The unit while the stay is open, null once done: the database keeps one open stay per unit. */
  @Column(name = "open_unit_id")
  private Long openUnitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Status status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "field_stay_member", joinColumns = @JoinColumn(name = "stay_id"))
  @Column(name = "user_id", length = 64)
  private List<String> team = new ArrayList<>();

  @Column(name = "talks_held")
  private Integer talksHeld;

  /** 四必谈: long in hard posts, quiet hard workers, those who met setbacks, those long in one post. */
  @Column(name = "talked_hard_posts")
  private Boolean talkedHardPosts;

  @Column(name = "talked_quiet_workers")
  private Boolean talkedQuietWorkers;

  @Column(name = "talked_setbacks")
  private Boolean talkedSetbacks;

  @Column(name = "talked_long_in_post")
  private Boolean talkedLongInPost;

  @Column(name = "talk_summary", columnDefinition = "longtext")
  private String talkSummary;

  @Column(name = "site_visits", columnDefinition = "longtext")
  private String siteVisits;

  @Column(name = "analysis_report", columnDefinition = "longtext")
  private String analysisReport;

  /** Cadre codes, comma-separated: those doing well (表现好) and those doing badly (表现差). */
  @Column(name = "doing_well", length = 2000)
  private String doingWell;

  @Column(name = "doing_badly", length = 2000)
  private String doingBadly;

  /** One per line. */
  @Column(columnDefinition = "longtext")
  private String problems;

  @Column(name = "good_practices", columnDefinition = "longtext")
  private String goodPractices;

  @Column(name = "opened_by", nullable = false, length = 64)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private LocalDateTime openedAt;

  protected FieldStay() {}

  FieldStay(Unit unit, LocalDate startsOn, int days, List<String> team, String openedBy, LocalDateTime openedAt) {
    this.unit = unit;
    this.startsOn = startsOn;
    this.days = days;
    this.team.addAll(team);
    this.status = Status.OPEN;
    this.openUnitId = unit.getId();
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  void recordTalks(int held, boolean hardPosts, boolean quietWorkers, boolean setbacks, boolean longInPost,
      String summary) {
    this.talksHeld = held;
    this.talkedHardPosts = hardPosts;
    this.talkedQuietWorkers = quietWorkers;
    this.talkedSetbacks = setbacks;
    this.talkedLongInPost = longInPost;
    this.talkSummary = summary;
  }

  void recordVisits(String visits) {
    this.siteVisits = visits;
  }

  void recordOutputs(String report, String doingWell, String doingBadly, String problems, String practices) {
    this.analysisReport = report;
    this.doingWell = doingWell;
    this.doingBadly = doingBadly;
    this.problems = problems;
    this.goodPractices = practices;
  }

  void close() {
    this.status = Status.DONE;
    this.openUnitId = null;
  }

  /** Its process's business key, "2026-STAY/stay-5": its tasks and red lights are found by it. */
  public String businessKey() {
    return startsOn.getYear() + "-STAY/stay-" + id;
  }

  /** "2026年示范局蹲点调研", as tasks, notices and the files name it. */
  public String basis() {
    return startsOn.getYear() + "年" + unit.getName() + "蹲点调研";
  }

  public LocalDate endsOn() {
    return startsOn.plusDays(days - 1L);
  }

  public Long getId() { return id; }
  public Unit getUnit() { return unit; }
  public LocalDate getStartsOn() { return startsOn; }
  public int getDays() { return days; }
  public Status getStatus() { return status; }
  public List<String> getTeam() { return team; }
  public Integer getTalksHeld() { return talksHeld; }
  public Boolean getTalkedHardPosts() { return talkedHardPosts; }
  public Boolean getTalkedQuietWorkers() { return talkedQuietWorkers; }
  public Boolean getTalkedSetbacks() { return talkedSetbacks; }
  public Boolean getTalkedLongInPost() { return talkedLongInPost; }
  public String getTalkSummary() { return talkSummary; }
  public String getSiteVisits() { return siteVisits; }
  public String getAnalysisReport() { return analysisReport; }
  public String getDoingWell() { return doingWell; }
  public String getDoingBadly() { return doingBadly; }
  public String getProblems() { return problems; }
  public String getGoodPractices() { return goodPractices; }
  public String getOpenedBy() { return openedBy; }
  public LocalDateTime getOpenedAt() { return openedAt; }
}
