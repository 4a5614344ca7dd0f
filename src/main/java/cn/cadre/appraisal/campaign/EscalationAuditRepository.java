package cn.cadre.appraisal.campaign;

import cn.cadre.appraisal.shared.AppendOnlyRepository;
import java.util.List;

public interface EscalationAuditRepository extends AppendOnlyRepository<EscalationAudit, Long> {

  List<EscalationAudit> findByEscalationIdOrderByIdAsc(Long escalationId);
}
