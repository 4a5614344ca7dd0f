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
import java.time.LocalDate;

/** A cadre in a talent pool, and the finding that put them there. */
@Entity
@Table(name = "talent_pool_entry")
public class TalentPoolEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pool_id", nullable = false)
  private TalentPool pool;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cadre_id", nullable = false)
  private Cadre cadre;

  @Column(name = "subject_id", nullable = false)
  private Long subjectId;

  @Column(name = "entered_on", nullable = false)
  private LocalDate enteredOn;

  @Column(name = "entered_by", nullable = false, length = 64)
  private String enteredBy;

  protected TalentPoolEntry() {}

  TalentPoolEntry(TalentPool pool, Cadre cadre, Long subjectId, LocalDate enteredOn, String enteredBy) {
    this.pool = pool;
    this.cadre = cadre;
    this.subjectId = subjectId;
    this.enteredOn = enteredOn;
    this.enteredBy = enteredBy;
  }

  public Long getId() { return id; }
  public TalentPool getPool() { return pool; }
  public Cadre getCadre() { return cadre; }
  public Long getSubjectId() { return subjectId; }
  public LocalDate getEnteredOn() { return enteredOn; }
  public String getEnteredBy() { return enteredBy; }
}
