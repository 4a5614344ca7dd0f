package cn.cadre.appraisal.ballot;

import cn.cadre.appraisal.organisation.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A one-time ballot token (选票码), kept only as the SHA-256 of its code, with whether it was used.
 * Deliberately no time and no reference to the ballot: spending a token and casting a ballot
 * leave nothing that joins the two.
 */
@Entity
@Table(name = "ballot_token")
public class BallotToken implements Persistable<String> {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(nullable = false)
  private boolean spent;

  /** The id is assigned here, so save() must be told a new token is new (an insert, not a merge). */
  @Transient
  private boolean persisted;

  protected BallotToken() {}

  BallotToken(String tokenHash, Long campaignId, Unit unit) {
    this.tokenHash = tokenHash;
    this.campaignId = campaignId;
    this.unit = unit;
  }

  @PostPersist
  @PostLoad
  void markPersisted() {
    persisted = true;
  }

  @Override
  public String getId() { return tokenHash; }

  @Override
  public boolean isNew() { return !persisted; }

  public String getTokenHash() { return tokenHash; }
  public Long getCampaignId() { return campaignId; }
  public Unit getUnit() { return unit; }
  public boolean isSpent() { return spent; }
}
