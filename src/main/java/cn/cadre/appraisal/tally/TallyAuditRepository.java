package cn.cadre.appraisal.tally;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TallyAuditRepository extends JpaRepository<TallyAudit, Long> {

  List<TallyAudit> findByCampaignIdAndUnitIdOrderById(Long campaignId, Long unitId);
}
