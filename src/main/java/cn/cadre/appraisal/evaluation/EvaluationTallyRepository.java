package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.Unit;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationTallyRepository extends JpaRepository<EvaluationTally, Long> {

  // JPQL rather than a derived query for the lookups every task makes: see CadreRepository
  @org.springframework.data.jpa.repository.Query("select t from EvaluationTally t where t.campaignId = ?1 and t.cadre = ?2")
  Optional<EvaluationTally> findByCampaignIdAndCadre(Long campaignId, Cadre cadre);

  @org.springframework.data.jpa.repository.Query("select t from EvaluationTally t where t.campaignId = ?1 and t.unit = ?2 and t.cadre is null")
  Optional<EvaluationTally> findByCampaignIdAndUnitAndCadreIsNull(Long campaignId, Unit unit);

  java.util.List<EvaluationTally> findByCampaignIdAndCadreIsNotNull(Long campaignId);

  java.util.List<EvaluationTally> findByCampaignIdAndUnit(Long campaignId, Unit unit);

  java.util.List<EvaluationTally> findByCampaignId(Long campaignId);
}
