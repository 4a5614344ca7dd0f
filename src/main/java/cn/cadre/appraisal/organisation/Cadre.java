package cn.cadre.appraisal.organisation;

import cn.cadre.appraisal.shared.InvalidInputException;

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
import java.time.LocalDate;
import java.util.Objects;

/** 领导干部: a leading official, member of a unit's leadership team and a Camunda user. */
@Entity
@Table(name = "cadre")
public class Cadre {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 200)
  private String position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CadreRole role;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "team_id", nullable = false)
  private LeadershipTeam team;

  @Column(name = "user_id", nullable = false, unique = true, length = 64)
  private String userId;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  protected Cadre() {}

  public Cadre(String code, String name, String position, CadreRole role, LeadershipTeam team,
      String userId, LocalDate birthDate) {
    this.code = code;
    this.name = name;
    this.position = position;
    this.role = role;
    this.team = team;
    this.unit = team.getUnit();
    this.userId = userId;
    this.birthDate = birthDate;
  }

  /**
   * Applies a roster row; code and user id are the keys and never change. A cadre moved to another
   * unit joins that unit's team. Returns whether anything changed.
   */
  boolean update(String name, String position, CadreRole role, LeadershipTeam team, LocalDate birthDate) {
    boolean changed = !this.name.equals(name) || !this.position.equals(position) || this.role != role
        || !this.unit.getCode().equals(team.getUnit().getCode()) || !Objects.equals(this.birthDate, birthDate);
    this.name = name;
    this.position = position;
    this.role = role;
    this.team = team;
    this.unit = team.getUnit();
    this.birthDate = birthDate;
    return changed;
  }

  void changePosition(String newPosition) {
    if (newPosition == null || newPosition.isBlank()) {
      throw new InvalidInputException("新职务不能为空");
    }
    this.position = newPosition.strip();
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public String getPosition() { return position; }
  public CadreRole getRole() { return role; }
  public Unit getUnit() { return unit; }
  public LeadershipTeam getTeam() { return team; }
  public String getUserId() { return userId; }
  public LocalDate getBirthDate() { return birthDate; }
}
