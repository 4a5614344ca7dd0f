package cn.cadre.appraisal.routine;

import cn.cadre.appraisal.organisation.Cadre;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoutineScoreRepository extends JpaRepository<RoutineScore, Long> {

  List<RoutineScore> findByRoundIdAndUnitId(Long roundId, Long unitId);

  List<RoutineScore> findByCadreOrderByRoundId(Cadre cadre);
}
