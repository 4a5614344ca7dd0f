package cn.cadre.appraisal.campaign;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.Unit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignCadreRepository extends JpaRepository<CampaignCadre, Long> {

  @EntityGraph(attributePaths = {"cadre", "unit"})
  List<CampaignCadre> findByCampaignIdAndUnit(Long campaignId, Unit unit);

  @EntityGraph(attributePaths = {"cadre", "unit"})
  List<CampaignCadre> findByCampaignIdAndUnitIn(Long campaignId, Collection<Unit> units);

  @EntityGraph(attributePaths = {"cadre", "unit"})
  List<CampaignCadre> findByCampaignId(Long campaignId);

  @EntityGraph(attributePaths = {"cadre", "unit"})
  Optional<CampaignCadre> findByCampaignIdAndCadre(Long campaignId, Cadre cadre);
}
