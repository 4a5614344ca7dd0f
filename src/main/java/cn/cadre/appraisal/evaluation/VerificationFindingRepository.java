package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.organisation.Cadre;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VerificationFindingRepository extends JpaRepository<VerificationFinding, Long> {

  Optional<VerificationFinding> findByCampaignIdAndCadreAndOfficeCode(Long campaignId, Cadre cadre, String officeCode);

  List<VerificationFinding> findByCampaignIdAndOfficeCode(Long campaignId, String officeCode);

  List<VerificationFinding> findByCampaignIdAndCadre(Long campaignId, Cadre cadre);

  List<VerificationFinding> findByCampaignId(Long campaignId);
}
