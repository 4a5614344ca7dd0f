package cn.cadre.appraisal.verification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FindingAuditRepository extends JpaRepository<FindingAudit, Long> {

  List<FindingAudit> findByCampaignIdAndOfficeCodeOrderById(Long campaignId, String officeCode);
}
