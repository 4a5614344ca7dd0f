package cn.cadre.appraisal.campaign;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.Unit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignCadreRepository extends JpaRepository<CampaignCadre, Long> {

  // JPQL rather than derived queries for the lookups every task makes: see CadreRepository
  @org.springframework.data.jpa.repository.Query(
      "select cc from CampaignCadre cc join fetch cc.cadre join fetch cc.unit where cc.campaignId = ?1 and cc.unit = ?2")
  List<CampaignCadre> findByCampaignIdAndUnit(Long campaignId, Unit unit);

  @EntityGraph(attributePaths = {"cadre", "unit"})
  List<CampaignCadre> findByCampaignIdAndUnitIn(Long campaignId, Collection<Unit> units);

  @EntityGraph(attributePaths = {"cadre", "unit"})
  List<CampaignCadre> findByCampaignId(Long campaignId);

  @org.springframework.data.jpa.repository.Query(
      "select cc from CampaignCadre cc join fetch cc.cadre join fetch cc.unit where cc.campaignId = ?1 and cc.cadre = ?2")
  Optional<CampaignCadre> findByCampaignIdAndCadre(Long campaignId, Cadre cadre);

  /**
   * The round's participants as the roster has them now, in one statement (a round of 2,400 cadres
   * opens without 2,400 inserts): each cadre of these units with their unit, role and position.
   */
  @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
  @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = "insert into campaign_cadre"
      + " (campaign_id, unit_id, cadre_id, role, position) select :campaignId, c.unit_id, c.id, c.role, c.position"
      + " from cadre c where c.unit_id in (:unitIds)")
  int recordRound(@org.springframework.data.repository.query.Param("campaignId") Long campaignId,
      @org.springframework.data.repository.query.Param("unitIds") Collection<Long> unitIds);
}
