package cn.cadre.appraisal.verification;

import java.util.List;
import cn.cadre.appraisal.shared.AppendOnlyRepository;

public interface FindingAuditRepository extends AppendOnlyRepository<FindingAudit, Long> {

  List<FindingAudit> findByCampaignIdAndOfficeCodeOrderById(Long campaignId, String officeCode);
}
