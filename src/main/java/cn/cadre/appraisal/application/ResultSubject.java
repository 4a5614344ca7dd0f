package cn.cadre.appraisal.application;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.shared.TeamGrade;
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
import java.time.LocalDateTime;

/**
 * Whom result-application paths concern and why: a cadre (or, with no cadre, the unit's team), the
 * appraisal the finding came from (an annual grade record, a routine round…) and what it found.
 * Paths of one subject are its {@link ResultAction}s; the key keeps one subject per finding.
 */
@Entity
@Table(name = "result_subject")
public class ResultSubject {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "subject_key", nullable = false, length = 200, unique = true)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ResultSource source;

  /** The round the finding came from: campaign, routine round… (by source). */
  @Column(name = "source_id", nullable = false)
  private Long sourceId;

  @Column(name = "appraisal_year", nullable = false)
  private int year;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cadre_id")
  private Cadre cadre;

  @Column(name = "grade_record_id")
  private Long gradeRecordId;

  /** The annual grade (Grade, or TeamGrade for a team); null for findings without one. */
  @Column(length = 30)
  private String grade;

  /** What the finding was, in words: 2026年度考核, 2026年第二季度平时考核… */
  @Column(nullable = false, length = 500)
  private String basis;

  @Column(name = "weakness_topic", length = 200)
  private String weaknessTopic;

  @Column(columnDefinition = "longtext")
  private String problems;

  /** The talent pool a special appraisal's conclusion names (列入人才库), else null. */
  @Column(name = "pool_name", length = 100)
  private String poolName;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected ResultSubject() {}

  ResultSubject(String key, ResultSource source, long sourceId, int year, Unit unit, Cadre cadre, Long gradeRecordId,
      String grade, String basis, String weaknessTopic, String problems, String poolName, LocalDateTime now) {
    this.poolName = poolName;
    this.key = key;
    this.source = source;
    this.sourceId = sourceId;
    this.year = year;
    this.unit = unit;
    this.cadre = cadre;
    this.gradeRecordId = gradeRecordId;
    this.grade = grade;
    this.basis = basis;
    this.weaknessTopic = weaknessTopic;
    this.problems = problems;
    this.createdAt = now;
  }

  public boolean isTeam() { return cadre == null; }

  /** The cadre's name, or 某单位领导班子. */
  public String name() {
    return cadre != null ? cadre.getName() : unit.getName() + "领导班子";
  }

  /** The grade in words (优秀, 较好…), or "" when the finding carries none. */
  public String gradeLabel() {
    if (grade == null) {
      return "";
    }
    return isTeam() ? TeamGrade.valueOf(grade).label() : Grade.valueOf(grade).label();
  }

  /** Campaign id for an annual finding, else null (paths and notices list by campaign). */
  public Long campaignId() {
    return source == ResultSource.ANNUAL ? sourceId : null;
  }

  public Long getId() { return id; }
  public String getKey() { return key; }
  public ResultSource getSource() { return source; }
  public Long getSourceId() { return sourceId; }
  public int getYear() { return year; }
  public Unit getUnit() { return unit; }
  public Cadre getCadre() { return cadre; }
  public Long getGradeRecordId() { return gradeRecordId; }
  public String getGrade() { return grade; }
  public String getBasis() { return basis; }
  public String getWeaknessTopic() { return weaknessTopic; }
  public String getProblems() { return problems; }
  public String getPoolName() { return poolName; }
  public LocalDateTime getCreatedAt() { return createdAt; }
}
