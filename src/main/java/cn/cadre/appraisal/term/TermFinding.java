package cn.cadre.appraisal.term;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** What one stage of the end-of-term review reported, and the problems it found (one per line). */
@Entity
@Table(name = "term_finding")
public class TermFinding {

  public enum Stage {
    SELF_CHECK("自查"), EXPERT_VERIFICATION("专家核查"), SPOT_CHECK("重点抽查"), SITE_INSPECTION("现场检查");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    public String label() { return label; }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "term_id", nullable = false)
  private Long termId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Stage stage;

  @Column(nullable = false, columnDefinition = "longtext")
  private String report;

  @Column(columnDefinition = "longtext")
  private String problems;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected TermFinding() {}

  TermFinding(Long termId, Stage stage, String report, String problems, String recordedBy, LocalDateTime recordedAt) {
    this.termId = termId;
    this.stage = stage;
    this.report = report;
    this.problems = problems;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Stage getStage() { return stage; }
  public String getReport() { return report; }
  public String getProblems() { return problems; }
  public String getRecordedBy() { return recordedBy; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
}
