package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.organisation.Cadre;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VerificationFindingRepository extends JpaRepository<VerificationFinding, Long> {

  Optional<VerificationFinding> findByCampaignIdAndCadreAndOfficeCode(Long campaignId, Cadre cadre, String officeCode);

  List<VerificationFinding> findByCampaignIdAndOfficeCode(Long campaignId, String officeCode);

  // JPQL rather than a derived query for the lookups every task makes: see CadreRepository
  @org.springframework.data.jpa.repository.Query("select f from VerificationFinding f where f.campaignId = ?1 and f.cadre = ?2 order by f.id")
  List<VerificationFinding> findByCampaignIdAndCadre(Long campaignId, Cadre cadre);

  List<VerificationFinding> findByCampaignId(Long campaignId);
}
