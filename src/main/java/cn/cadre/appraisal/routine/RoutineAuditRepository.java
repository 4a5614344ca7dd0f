package cn.cadre.appraisal.routine;

import java.util.List;
import cn.cadre.appraisal.shared.AppendOnlyRepository;

interface RoutineAuditRepository extends AppendOnlyRepository<RoutineAudit, Long> {

  List<RoutineAudit> findByRoundIdAndUnitIdOrderById(Long roundId, Long unitId);
}
