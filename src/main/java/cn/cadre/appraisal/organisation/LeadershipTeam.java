package cn.cadre.appraisal.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** 领导班子: the collective leadership of one unit. */
@Entity
@Table(name = "leadership_team")
public class LeadershipTeam {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false, unique = true)
  private Unit unit;

  @Column(nullable = false, length = 200)
  private String name;

  protected LeadershipTeam() {}

  public LeadershipTeam(Unit unit, String name) {
    this.unit = unit;
    this.name = name;
  }

  public Long getId() { return id; }
  public Unit getUnit() { return unit; }
  public String getName() { return name; }
}
