package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.Unit;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationTallyRepository extends JpaRepository<EvaluationTally, Long> {

  Optional<EvaluationTally> findByCampaignIdAndCadre(Long campaignId, Cadre cadre);

  Optional<EvaluationTally> findByCampaignIdAndUnitAndCadreIsNull(Long campaignId, Unit unit);

  java.util.List<EvaluationTally> findByCampaignIdAndCadreIsNotNull(Long campaignId);

  java.util.List<EvaluationTally> findByCampaignIdAndUnit(Long campaignId, Unit unit);

  java.util.List<EvaluationTally> findByCampaignId(Long campaignId);
}
