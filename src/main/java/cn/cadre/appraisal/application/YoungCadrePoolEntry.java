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

/** 优秀年轻干部库: a cadre approved as promotion candidate while under the configured age. */
@Entity
@Table(name = "young_cadre_pool")
public class YoungCadrePoolEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cadre_id", nullable = false, unique = true)
  private Cadre cadre;

  @Column(name = "campaign_id")
  private Long campaignId;

  @Column(name = "entered_on", nullable = false)
  private LocalDate enteredOn;

  protected YoungCadrePoolEntry() {}

  YoungCadrePoolEntry(Cadre cadre, Long campaignId, LocalDate enteredOn) {
    this.cadre = cadre;
    this.campaignId = campaignId;
    this.enteredOn = enteredOn;
  }

  public Cadre getCadre() { return cadre; }
  public Long getCampaignId() { return campaignId; }
  public LocalDate getEnteredOn() { return enteredOn; }
}
