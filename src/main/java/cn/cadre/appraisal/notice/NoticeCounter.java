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
class NoticeCounter extends cn.cadre.appraisal.shared.InsertedOnce<NoticeCounter.Key> {

  @Id
  @Column(name = "notice_type", length = 40)
  private String type;

  @Id
  @Column(name = "counter_year")
  private int year;

  @Column(name = "last_number", nullable = false)
  private int lastNumber;

  protected NoticeCounter() {}

  NoticeCounter(String type, int year) {
    this.type = type;
    this.year = year;
  }

  @Override
  public Key getId() {
    return new Key(type, year);
  }

  record Key(String type, int year) implements Serializable {
    Key() {
      this(null, 0);
    }
  }
}
