package cn.cadre.appraisal.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignUnitRepository extends JpaRepository<CampaignUnit, Long> {

  List<CampaignUnit> findByCampaignOrderById(Campaign campaign);

  List<CampaignUnit> findByCampaignIdOrderById(Long campaignId);

  // JPQL rather than a derived query: see CadreRepository
  @org.springframework.data.jpa.repository.Query(
      "select cu from CampaignUnit cu where cu.campaign.id = ?1 and cu.unit.code = ?2")
  Optional<CampaignUnit> findByCampaignIdAndUnitCode(Long campaignId, String unitCode);

  /** The round's unit, locked until the transaction ends (decisions on its reports take turns). */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @org.springframework.data.jpa.repository.Query(
      "select cu from CampaignUnit cu where cu.campaign.id = ?1 and cu.unit.code = ?2")
  Optional<CampaignUnit> lockByCampaignIdAndUnitCode(Long campaignId, String unitCode);

  List<CampaignUnit> findByYearAndKindAndUnitCodeIn(int year, String kind, List<String> unitCodes);
}
