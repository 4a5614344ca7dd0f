package cn.cadre.appraisal.notice;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface NoticeCounterRepository extends JpaRepository<NoticeCounter, NoticeCounter.Key> {

  /** Locks the counter row until the notice's transaction ends, so two notices never share a number. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from NoticeCounter c where c.type = ?1 and c.year = ?2")
  Optional<NoticeCounter> lockFor(String type, int year);
}
