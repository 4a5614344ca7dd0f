package cn.cadre.appraisal.special;

import java.util.List;
import cn.cadre.appraisal.shared.AppendOnlyRepository;

public interface SpecialAuditRepository extends AppendOnlyRepository<SpecialAudit, Long> {

  List<SpecialAudit> findByAppraisalIdOrderById(Long appraisalId);
}
