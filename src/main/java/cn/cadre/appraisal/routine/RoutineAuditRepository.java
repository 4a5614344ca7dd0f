package cn.cadre.appraisal.routine;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoutineAuditRepository extends JpaRepository<RoutineAudit, Long> {

  List<RoutineAudit> findByRoundIdAndUnitIdOrderById(Long roundId, Long unitId);
}
