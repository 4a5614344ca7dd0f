package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.campaign.Campaign;
import cn.cadre.appraisal.campaign.CampaignCadre;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.campaign.RoundCadres;
import cn.cadre.appraisal.evaluation.EvaluationService;
import cn.cadre.appraisal.evaluation.RoundEvidence;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.routine.RoutineScoreService;
import cn.cadre.appraisal.scoring.AnnualScore;
import cn.cadre.appraisal.scoring.ScoringRoundService;
import cn.cadre.appraisal.scoring.UnitLinkage;
import cn.cadre.appraisal.scoring.UnitRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cadre's annual score in an annual round (Gansu): the year's routine scores (their mean), the
 * democratic evaluation's votes and the unit's indicator total, weighted by the unit's category.
 * It informs the analysis, the results and the notice; the grade itself is still decided by the rules
 * and the people who approve it.
 */
@Service
public class AnnualScoreService {

  private final UnitRules rules;
  private final RoutineScoreService routine;
  private final EvaluationService evaluation;
  private final ScoringRoundService scoring;
  private final CampaignService campaigns;
  private final RoundCadres roundCadres;

  AnnualScoreService(UnitRules rules, RoutineScoreService routine, EvaluationService evaluation,
      ScoringRoundService scoring, CampaignService campaigns, RoundCadres roundCadres) {
    this.roundCadres = roundCadres;
    this.rules = rules;
    this.routine = routine;
    this.evaluation = evaluation;
    this.scoring = scoring;
    this.campaigns = campaigns;
  }

  /** The cadre's annual score in the round, or null (not an annual round, or no part of it there yet). */
  @Transactional(readOnly = true)
  public AnnualScore of(Long campaignId, Cadre cadre) {
    Campaign campaign = campaigns.campaign(campaignId);
    if (!Campaign.ANNUAL.equals(campaign.getKind())) {
      return null;
    }
    // one cadre's evidence and one unit's linkage: the analysis asks for each of its cadres in turn
    Unit unit = roundCadres.unitOf(campaignId, cadre);
    Map<String, UnitLinkage> linkage = new java.util.HashMap<>();
    scoring.linkage(campaign.getYear(), unit.getCode()).ifPresent(l -> linkage.put(unit.getCode(), l));
    return of(campaign.getYear(), cadre, unit, evaluation.roundEvidenceOf(campaignId, cadre), linkage);
  }

  /** Every cadre's of a round at once, by grade record's cadre id (for the results). */
  @Transactional(readOnly = true)
  public Map<Long, AnnualScore> ofRound(Long campaignId, List<Cadre> cadres) {
    Campaign campaign = campaigns.campaign(campaignId);
    if (!Campaign.ANNUAL.equals(campaign.getKind())) {
      return Map.of();
    }
    Map<Long, RoundEvidence> evidence = evaluation.roundEvidence(campaignId);
    Map<String, UnitLinkage> linkages = scoring.linkages(campaign.getYear());
    Map<Long, CampaignCadre> inRound = roundCadres.byCadre(campaignId);
    Map<Long, AnnualScore> scores = new java.util.HashMap<>();
    for (Cadre cadre : cadres) {
      CampaignCadre rc = inRound.get(cadre.getId());
      AnnualScore score = of(campaign.getYear(), cadre, rc == null ? cadre.getUnit() : rc.getUnit(),
          evidence.get(cadre.getId()), linkages);
      if (score != null) {
        scores.put(cadre.getId(), score);
      }
    }
    return scores;
  }

  /** What the analysis form and the notice say of it ("" when there is none). */
  @Transactional(readOnly = true)
  public String describe(Long campaignId, Cadre cadre) {
    AnnualScore score = of(campaignId, cadre);
    return score == null ? "" : score.describe();
  }

  /** In the unit the round appraises the cadre in: its scoring result and its category's weights. */
  private AnnualScore of(int year, Cadre cadre, Unit unit, RoundEvidence evidence, Map<String, UnitLinkage> linkages) {
    List<BigDecimal> routineScores = routine.scoresOf(cadre).stream().filter(s -> s.year() == year)
        .map(RoutineScoreService.CadreRoutineScore::score).filter(s -> s != null).toList();
    BigDecimal routineMean = routineScores.isEmpty() ? null : routineScores.stream().reduce(BigDecimal.ZERO,
        BigDecimal::add).divide(BigDecimal.valueOf(routineScores.size()), 2, RoundingMode.HALF_UP);
    BigDecimal evaluationScore = evidence == null || evidence.votes() == null ? null
        : rules.evaluationScore(evidence.votes().first(), evidence.votes().second(), evidence.votes().third(),
            evidence.votes().fourth());
    UnitLinkage linkage = linkages.get(unit.getCode());
    BigDecimal indicator = linkage == null ? null : linkage.result().total();
    return AnnualScore.of(routineMean, evaluationScore, indicator, rules.annualWeights(unit.getCategory()));
  }
}
