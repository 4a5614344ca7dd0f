package cn.cadre.appraisal.grading;

import java.util.List;
import cn.cadre.appraisal.shared.AppendOnlyRepository;

public interface GradeAuditRepository extends AppendOnlyRepository<GradeAudit, Long> {
  List<GradeAudit> findByRecordOrderById(GradeRecord record);
}
