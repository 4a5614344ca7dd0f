package cn.cadre.appraisal.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignUnitRepository extends JpaRepository<CampaignUnit, Long> {

  List<CampaignUnit> findByCampaignOrderById(Campaign campaign);

  Optional<CampaignUnit> findByCampaignIdAndUnitCode(Long campaignId, String unitCode);

  List<CampaignUnit> findByYearAndKindAndUnitCodeIn(int year, String kind, List<String> unitCodes);
}
