package cn.cadre.appraisal.ballot;

import cn.cadre.appraisal.organisation.Unit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * One evaluator's anonymous ballot (测评票) for a unit: the team's rating and one rating per cadre.
 * Its id is random and it carries only the day, so nothing orders ballots by submission or ties
 * one to a token, a user or an address.
 */
@Entity
@Table(name = "ballot")
public class Ballot implements Persistable<String> {

  public enum Source { WEB, PAPER }

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(name = "team_rating", nullable = false, length = 20)
  private String teamRating;

  @Column(name = "cast_on", nullable = false)
  private LocalDate castOn;

  @Column(nullable = false, length = 10)
  private String source;

  @OneToMany(mappedBy = "ballot", cascade = CascadeType.PERSIST)
  private List<BallotRating> ratings = new ArrayList<>();

  /**
   * The id is assigned here, so Spring Data cannot tell a new ballot by its id: without this, save()
   * would merge it, and merge does not cascade to the new ratings ("Unable to find BallotRating").
   */
  @Transient
  private boolean persisted;

  protected Ballot() {}

  Ballot(Long campaignId, Unit unit, String teamRating, LocalDate castOn, Source source) {
    this.id = UUID.randomUUID().toString();
    this.campaignId = campaignId;
    this.unit = unit;
    this.teamRating = teamRating;
    this.castOn = castOn;
    this.source = source.name();
  }

  void add(BallotRating rating) {
    ratings.add(rating);
  }

  @PostPersist
  @PostLoad
  void markPersisted() {
    persisted = true;
  }

  @Override
  public boolean isNew() { return !persisted; }

  @Override
  public String getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public Unit getUnit() { return unit; }
  public String getTeamRating() { return teamRating; }
  public LocalDate getCastOn() { return castOn; }
  public String getSource() { return source; }
  public List<BallotRating> getRatings() { return List.copyOf(ratings); }
}
