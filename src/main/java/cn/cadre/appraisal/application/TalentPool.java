package cn.cadre.appraisal.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * 人才库: a pool of cadres kept for a kind of post (外事干部人才库, 应急管理干部人才库…), created by the
 * organisation department; a special appraisal may conclude that a cadre enters one.
 */
@Entity
@Table(name = "talent_pool")
public class TalentPool {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100, unique = true)
  private String name;

  @Column(length = 500)
  private String description;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected TalentPool() {}

  TalentPool(String name, String description, String createdBy, LocalDateTime createdAt) {
    this.name = name;
    this.description = description;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public String getDescription() { return description; }
  public String getCreatedBy() { return createdBy; }
  public LocalDateTime getCreatedAt() { return createdAt; }
}
