package cn.cadre.appraisal.application;

import cn.cadre.appraisal.organisation.Cadre;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A final grade from a year before this application was used, entered once from the archive. */
@Entity
@Table(name = "prior_grade")
public class PriorGrade {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cadre_id", nullable = false)
  private Cadre cadre;

  @Column(name = "grade_year", nullable = false)
  private int year;

  @Column(nullable = false, length = 30)
  private String grade;

  @Column(nullable = false, length = 200)
  private String source;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected PriorGrade() {}

  PriorGrade(Cadre cadre, int year, String grade, String source, String recordedBy, LocalDateTime recordedAt) {
    this.cadre = cadre;
    this.year = year;
    this.grade = grade;
    this.source = source;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Cadre getCadre() { return cadre; }
  public int getYear() { return year; }
  public String getGrade() { return grade; }
  public String getSource() { return source; }
  public String getRecordedBy() { return recordedBy; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
}
