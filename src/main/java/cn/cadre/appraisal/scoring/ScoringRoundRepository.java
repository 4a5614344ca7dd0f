package cn.cadre.appraisal.scoring;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ScoringRoundRepository extends JpaRepository<ScoringRound, Long> {

  Optional<ScoringRound> findByYear(int year);

  List<ScoringRound> findAllByOrderByYearDesc();

  /** The round's row locked: saves and submissions of one round take their turns. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from ScoringRound r where r.id = ?1")
  Optional<ScoringRound> lock(Long id);
}
