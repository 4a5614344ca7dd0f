package cn.cadre.appraisal.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The last document number (文号) given to a notice type in a year. A new counter is always inserted,
 * never merged: a merge finding the row another node created a moment ago would write its 0 over
 * that node's numbers, and both would then give the same numbers again.
 */
@Entity
@Table(name = "notice_counter")
@IdClass(NoticeCounter.Key.class)
class NoticeCounter implements org.springframework.data.domain.Persistable<NoticeCounter.Key> {

  @Id
  @Column(name = "notice_type", length = 40)
  private String type;

  @Id
  @Column(name = "counter_year")
  private int year;

  @Column(name = "last_number", nullable = false)
  private int lastNumber;

  @jakarta.persistence.Transient
  private boolean fresh;

  protected NoticeCounter() {}

  NoticeCounter(String type, int year) {
    this.type = type;
    this.year = year;
    this.fresh = true;
  }

  @jakarta.persistence.PostLoad
  @jakarta.persistence.PostPersist
  void stored() {
    this.fresh = false;
  }

  @Override
  public Key getId() {
    return new Key(type, year);
  }

  @Override
  public boolean isNew() {
    return fresh;
  }

  record Key(String type, int year) implements Serializable {
    Key() {
      this(null, 0);
    }
  }
}
