package cn.cadre.appraisal.grading;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GradeAuditRepository extends JpaRepository<GradeAudit, Long> {
  List<GradeAudit> findByRecordOrderById(GradeRecord record);
}
