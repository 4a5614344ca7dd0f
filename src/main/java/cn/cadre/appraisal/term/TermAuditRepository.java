package cn.cadre.appraisal.term;

import java.util.List;
import cn.cadre.appraisal.shared.AppendOnlyRepository;

public interface TermAuditRepository extends AppendOnlyRepository<TermAudit, Long> {

  List<TermAudit> findByTermIdOrderById(Long termId);
}
