package cn.cadre.appraisal.campaign;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.CadreRole;
import cn.cadre.appraisal.organisation.Unit;
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

/**
 * A cadre appraised in a round, in the unit, role and position they had when it opened: the round
 * keeps appraising them there whatever a later roster says.
 */
@Entity
@Table(name = "campaign_cadre")
public class CampaignCadre {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cadre_id", nullable = false)
  private Cadre cadre;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CadreRole role;

  @Column(nullable = false, length = 200)
  private String position;

  protected CampaignCadre() {}

  CampaignCadre(Long campaignId, Cadre cadre) {
    this.campaignId = campaignId;
    this.unit = cadre.getUnit();
    this.cadre = cadre;
    this.role = cadre.getRole();
    this.position = cadre.getPosition();
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public Unit getUnit() {
    return unit;
  }

  public Cadre getCadre() {
    return cadre;
  }

  public CadreRole getRole() {
    return role;
  }

  public String getPosition() {
    return position;
  }
}
