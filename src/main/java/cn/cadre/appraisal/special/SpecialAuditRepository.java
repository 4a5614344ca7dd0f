package cn.cadre.appraisal.special;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpecialAuditRepository extends JpaRepository<SpecialAudit, Long> {

  List<SpecialAudit> findByAppraisalIdOrderById(Long appraisalId);
}
