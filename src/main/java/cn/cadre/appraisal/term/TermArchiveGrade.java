package cn.cadre.appraisal.term;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A year of the term before the application kept annual rounds: the team's grade from the archive. */
@Entity
@Table(name = "term_archive_grade")
public class TermArchiveGrade {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "term_id", nullable = false)
  private Long termId;

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

  protected TermArchiveGrade() {}

  TermArchiveGrade(Long termId, int year, String grade, String source, String recordedBy, LocalDateTime recordedAt) {
    this.termId = termId;
    this.year = year;
    this.grade = grade;
    this.source = source;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public int getYear() { return year; }
  public String getGrade() { return grade; }
  public String getSource() { return source; }
}
