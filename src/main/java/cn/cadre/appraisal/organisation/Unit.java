package cn.cadre.appraisal.organisation;

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
import java.util.Objects;

/** 单位: an organisation in the unit tree. */
@Entity
@Table(name = "unit")
public class Unit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private UnitCategory category;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Unit parent;

  protected Unit() {}

  public Unit(String code, String name, UnitCategory category, Unit parent) {
    this.code = code;
    this.name = name;
    this.category = category;
    this.parent = parent;
  }

  /** Applies a roster row; the code is the key and never changes. Returns whether anything changed. */
  boolean update(String name, UnitCategory category, Unit parent) {
    boolean changed = !this.name.equals(name) || this.category != category
        || !Objects.equals(codeOf(this.parent), codeOf(parent));
    this.name = name;
    this.category = category;
    this.parent = parent;
    return changed;
  }

  private static String codeOf(Unit unit) {
    return unit == null ? null : unit.getCode();
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public UnitCategory getCategory() { return category; }
  public Unit getParent() { return parent; }
}
