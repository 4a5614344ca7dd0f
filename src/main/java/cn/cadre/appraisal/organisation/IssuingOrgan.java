package cn.cadre.appraisal.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** 发文机关 with its 文号前缀 (中共某县委组织部, 某组): the organisation's one row, printed on its notices. */
@Entity
@Table(name = "issuing_organ")
class IssuingOrgan {

  static final int ID = 1;

  @Id
  private Integer id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "document_prefix", nullable = false, length = 20)
  private String documentPrefix;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected IssuingOrgan() {}

  IssuingOrgan(String name, String documentPrefix, String updatedBy, LocalDateTime updatedAt) {
    this.id = ID;
    change(name, documentPrefix, updatedBy, updatedAt);
  }

  void change(String name, String documentPrefix, String updatedBy, LocalDateTime updatedAt) {
    this.name = name;
    this.documentPrefix = documentPrefix;
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  String getName() {
    return name;
  }

  String getDocumentPrefix() {
    return documentPrefix;
  }

  String getUpdatedBy() {
    return updatedBy;
  }

  LocalDateTime getUpdatedAt() {
    return updatedAt;
  }
}
