package cn.cadre.appraisal.routine;

import cn.cadre.appraisal.organisation.Cadre;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoutineScoreRepository extends JpaRepository<RoutineScore, Long> {

  List<RoutineScore> findByRoundIdAndUnitId(Long roundId, Long unitId);

  // JPQL rather than a derived query for the lookups every task makes: see CadreRepository
  @org.springframework.data.jpa.repository.Query("select s from RoutineScore s where s.cadre = ?1 order by s.roundId")
  List<RoutineScore> findByCadreOrderByRoundId(Cadre cadre);
}
