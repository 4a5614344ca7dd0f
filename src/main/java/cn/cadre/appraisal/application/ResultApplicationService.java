package cn.cadre.appraisal.application;

import cn.cadre.appraisal.campaign.Campaign;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.grading.GradeHistory;
import cn.cadre.appraisal.grading.GradeRecord;
import cn.cadre.appraisal.grading.GradingService;
import cn.cadre.appraisal.shared.TeamGrade;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.CadreRole;
import cn.cadre.appraisal.organisation.OrganisationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 结果运用: once a round's grades are final, opens one ResultApplicationProcess per cadre and per
 * team with the facts result-application.dmn decides on, and records the paths the decision opened.
 */
@Service
public class ResultApplicationService {

  private final GradingService grading;
  private final CampaignService campaigns;
  private final OrganisationService organisation;
  private final PriorGradeRepository priorGrades;
  private final PromotionBarRepository bars;
  private final ResultActions actions;
  private final ResultActionRepository resultActions;
  private final ResultApplicationPort process;
  private final Clock clock;

  public ResultApplicationService(GradingService grading, CampaignService campaigns, OrganisationService organisation,
      PriorGradeRepository priorGrades, PromotionBarRepository bars, ResultActions actions,
      ResultActionRepository resultActions, ResultApplicationPort process, Clock clock) {
    this.resultActions = resultActions;
    this.grading = grading;
    this.campaigns = campaigns;
    this.organisation = organisation;
    this.priorGrades = priorGrades;
    this.bars = bars;
    this.actions = actions;
    this.process = process;
    this.clock = clock;
  }

  /** Starts result application for every final grade of the round that has none yet; returns how many started. */
  @Transactional
  public int open(Long campaignId) {
    Map<String, String> talkLeaders = organisation.staffOf(AppraisalGroup.PARTY_COMMITTEE, AppraisalGroup.ORG_DEPT);
    int started = 0;
    for (GradeRecord record : grading.records(campaignId)) {
      if (record.getFinalGrade() == null) {
        continue;
      }
      ResultFacts facts = facts(record);
      if (!process.isStarted(facts.businessKey())) {
        process.start(facts, talkLeaders);
        started++;
      }
    }
    return started;
  }

  @Transactional(readOnly = true)
  public ResultFacts facts(GradeRecord record) {
    Campaign campaign = campaigns.campaign(record.getCampaignId());
    GradeRecord teamRecord = grading.records(record.getCampaignId()).stream()
        .filter(r -> r.getCadre() == null && r.getUnit().getId().equals(record.getUnit().getId()))
        .findFirst().orElse(null);
    String teamGrade = teamRecord == null ? null : teamRecord.getFinalGrade();
    boolean problemsFound = record.getProblems() != null && !record.getProblems().isBlank();
    String key = campaign.key() + "/campaign-" + campaign.getId() + "/";
    Cadre cadre = record.getCadre();
    if (cadre == null) {
      Cadre principal = organisation.principalOf(record.getUnit());
      return new ResultFacts(record.getId(), campaign.getId(), campaign.getYear(), key + "team-" + record.getUnit().getCode(),
          true, record.getUnit().getName() + "领导班子", principal.getUserId(), "",
          record.getFinalGrade(), TeamGrade.valueOf(record.getFinalGrade()).label(), 0, false, false, null,
          problemsFound, text(record.getProblems()), record.getFinalGrade(), false, false);
    }
    return new ResultFacts(record.getId(), campaign.getId(), campaign.getYear(), key + "cadre-" + cadre.getCode(),
        false, cadre.getName(), cadre.getUserId(), cadre.getPosition(),
        record.getFinalGrade(), Grade.valueOf(record.getFinalGrade()).label(),
        consecutiveExcellentYears(cadre, campaign.getYear()), record.isPotentialForPromotion(),
        record.isEarlySignProblems(), record.getWeaknessTopic(), problemsFound, text(record.getProblems()),
        teamGrade, cadre.getRole() == CadreRole.PRINCIPAL,
        bars.existsByCadreAndBarredUntilGreaterThanEqual(cadre, LocalDate.now(clock)));
  }

  /** 连续优秀: years rated 优秀 in a row up to and including this one, from annual rounds and the archive. */
  int consecutiveExcellentYears(Cadre cadre, int year) {
    Set<Integer> excellent = new HashSet<>();
    for (GradeHistory h : grading.history(cadre.getCode(), null, true)) {
      if (Campaign.ANNUAL.equals(h.kind()) && Grade.EXCELLENT.name().equals(h.grade())) {
        excellent.add(h.year());
      }
    }
    priorGrades.findByCadre(cadre).stream().filter(p -> Grade.EXCELLENT.name().equals(p.getGrade()))
        .forEach(p -> excellent.add(p.getYear()));
    int years = 0;
    while (excellent.contains(year - years)) {
      years++;
    }
    return years;
  }

  /** The paths the decision opened (path → label), each recorded once. */
  @Transactional
  public List<ResultAction> recordPaths(long gradeRecordId, Map<String, String> pathLabels) {
    return pathLabels.entrySet().stream()
        .map(e -> actions.open(gradeRecordId, ResultPath.parse(e.getKey()), e.getValue()))
        .toList();
  }

  /** A cadre's result-application paths, every round, for their appraisal file. */
  @Transactional(readOnly = true)
  public List<ResultAction> actionsOf(Cadre cadre) {
    return resultActions.findByRecord_CadreOrderById(cadre);
  }

  @Transactional(readOnly = true)
  public List<ResultActionView> actions(Long campaignId) {
    campaigns.campaign(campaignId);
    return resultActions.findByCampaignIdOrderById(campaignId).stream().map(ResultActionView::of).toList();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
