package cn.cadre.appraisal.notice;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeCounterRepository extends JpaRepository<NoticeCounter, NoticeCounter.Key> {

  /** One increment in the database (atomic on MySQL across application nodes). */
  @Modifying(flushAutomatically = true)
  @Query("update NoticeCounter c set c.lastNumber = c.lastNumber + 1 where c.type = ?1 and c.year = ?2")
  int increment(String type, int year);

  @Query("select c.lastNumber from NoticeCounter c where c.type = ?1 and c.year = ?2")
  int current(String type, int year);
}
