package cn.cadre.appraisal.routine;

import cn.cadre.appraisal.organisation.Unit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoutineRoundUnitRepository extends JpaRepository<RoutineRoundUnit, Long> {

  List<RoutineRoundUnit> findByRoundIdOrderById(Long roundId);

  Optional<RoutineRoundUnit> findByRoundIdAndUnit(Long roundId, Unit unit);

  List<RoutineRoundUnit> findByYearAndUnitIn(int year, Collection<Unit> units);

  Optional<RoutineRoundUnit> findByRoundIdAndUnit_Id(Long roundId, Long unitId);
}
