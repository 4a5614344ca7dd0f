package cn.cadre.appraisal.routine;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RoutineRoundRepository extends JpaRepository<RoutineRound, Long> {

  /** Saves and the submission of a unit take the round row first, so they never interleave. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from RoutineRound r where r.id = ?1")
  Optional<RoutineRound> lock(Long id);
}
