package cn.cadre.appraisal.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The last document number (文号) given to a notice type in a year. */
@Entity
@Table(name = "notice_counter")
@IdClass(NoticeCounter.Key.class)
class NoticeCounter {

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

  record Key(String type, int year) implements Serializable {
    Key() {
      this(null, 0);
    }
  }
}
