package cn.cadre.appraisal.tally;

import java.util.List;
import cn.cadre.appraisal.shared.AppendOnlyRepository;

public interface TallyAuditRepository extends AppendOnlyRepository<TallyAudit, Long> {

  List<TallyAudit> findByCampaignIdAndUnitIdOrderById(Long campaignId, Long unitId);
}
