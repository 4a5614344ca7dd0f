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

/**
 * 一年内不得提拔: recorded for the principal of a team rated 一般 or 差, or for a cadre a special
 * appraisal ranked low (暂不列为拟提拔人选); the result-application table reads it as promotionBarred.
 */
@Entity
@Table(name = "promotion_bar")
public class PromotionBar {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cadre_id", nullable = false)
  private Cadre cadre;

  @Column(name = "campaign_id")
  private Long campaignId;

  @Column(name = "subject_id", unique = true)
  private Long subjectId;

  @Column(name = "barred_until", nullable = false)
  private LocalDate barredUntil;

  @Column(nullable = false, length = 500)
  private String reason;

  protected PromotionBar() {}

  PromotionBar(Cadre cadre, Long campaignId, Long subjectId, LocalDate barredUntil, String reason) {
    this.cadre = cadre;
    this.campaignId = campaignId;
    this.subjectId = subjectId;
    this.barredUntil = barredUntil;
    this.reason = reason;
  }

  public Cadre getCadre() { return cadre; }
  public Long getCampaignId() { return campaignId; }
  public LocalDate getBarredUntil() { return barredUntil; }
  public String getReason() { return reason; }
}
