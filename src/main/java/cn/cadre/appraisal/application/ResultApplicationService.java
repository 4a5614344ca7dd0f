package cn.cadre.appraisal.application;

import cn.cadre.appraisal.campaign.Campaign;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.grading.GradeHistory;
import cn.cadre.appraisal.grading.GradeRecord;
import cn.cadre.appraisal.grading.GradingService;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.CadreRole;
import cn.cadre.appraisal.organisation.OrganisationService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 结果运用: once a round's grades are final, opens one ResultApplicationProcess per cadre and per
 * team with the facts result-application.dmn decides on, and records the paths the decision opened;
 * a routine (special, term) appraisal's findings open one at once, with their source as a fact.
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
  private final ResultSubjectRepository subjects;
  private final Clock clock;

  public ResultApplicationService(GradingService grading, CampaignService campaigns, OrganisationService organisation,
      PriorGradeRepository priorGrades, PromotionBarRepository bars, ResultActions actions,
      ResultActionRepository resultActions, ResultApplicationPort process, ResultSubjectRepository subjects,
      Clock clock) {
    this.subjects = subjects;
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

  /**
   * Starts result application for every final grade of one unit (its cadres and its team) that has
   * none yet, in a job of its own per unit; returns how many started.
   */
  @Transactional
  public int open(Long campaignId, String unitCode) {
    return open(campaigns.campaign(campaignId), grading.records(campaignId, unitCode));
  }

  /** The same for the whole round at once: only rounds started on a model before the per-unit split. */
  @Transactional
  public int openAll(Long campaignId) {
    return open(campaigns.campaign(campaignId), grading.records(campaignId));
  }

  private int open(Campaign campaign, List<GradeRecord> records) {
    Map<String, String> talkLeaders = organisation.staffOf(AppraisalGroup.PARTY_COMMITTEE, AppraisalGroup.ORG_DEPT);
    // the units' team records are among the records: found here once, not by reading the round per cadre
    Map<Long, GradeRecord> teams = new HashMap<>();
    records.stream().filter(r -> r.getCadre() == null).forEach(r -> teams.putIfAbsent(r.getUnit().getId(), r));
    int started = 0;
    for (GradeRecord record : records) {
      if (record.getFinalGrade() == null) {
        continue;
      }
      String businessKey = campaign.key() + "/campaign-" + campaign.getId() + "/"
          + (record.getCadre() == null ? "team-" + record.getUnit().getCode() : "cadre-" + record.getCadre().getCode());
      if (!process.isStarted(businessKey)) {
        process.start(facts(subjectOf(record, campaign), record, teams.get(record.getUnit().getId()), businessKey),
            talkLeaders);
        started++;
      }
    }
    return started;
  }

  /**
   * A finding of a routine (or special, term) appraisal acts at once: its subject is recorded and
   * result application starts for it, unless it flags nothing or was started before (a retried job).
   * Returns true when it started.
   */
  @Transactional
  public boolean open(Finding finding) {
    if (!finding.actionable()) {
      return false;
    }
    String businessKey = finding.year() + "-" + finding.source() + "/" + finding.key();
    if (process.isStarted(businessKey)) {
      return false;
    }
    ResultSubject subject = subjects.findByKey(finding.key()).orElseGet(() -> subjects.save(new ResultSubject(
        finding.key(), finding.source(), finding.sourceId(), finding.year(), finding.unit(), finding.cadre(), null,
        null, finding.basis(), blankToNull(finding.weaknessTopic()), finding.problems(), finding.poolName(),
        LocalDateTime.now(clock))));
    Cadre cadre = finding.cadre();
    Cadre recipient = cadre != null ? cadre : organisation.principalOf(finding.unit());
    process.start(new ResultFacts(subject.getId(), finding.source(), null, finding.year(), businessKey,
        cadre == null, subject.name(), recipient.getUserId(), cadre == null ? "" : cadre.getPosition(),
        finding.basis(), null, "", 0, false, finding.earlySignProblems(), subject.getWeaknessTopic(),
        finding.problemsFound(), text(finding.problems()), null,
        cadre != null && cadre.getRole() == CadreRole.PRINCIPAL,
        cadre != null && bars.existsByCadreAndBarredUntilGreaterThanEqual(cadre, LocalDate.now(clock)),
        finding.doingWell(), finding.conclusion(), subject.getPoolName()),
        organisation.staffOf(AppraisalGroup.PARTY_COMMITTEE, AppraisalGroup.ORG_DEPT));
    return true;
  }

  /** The annual grade record's subject: the one paths of earlier versions made, or a new one. */
  private ResultSubject subjectOf(GradeRecord record, Campaign campaign) {
    return subjects.findByGradeRecordId(record.getId()).orElseGet(() -> subjects.save(new ResultSubject(
        "annual/grade-record-" + record.getId(), ResultSource.ANNUAL, campaign.getId(), campaign.getYear(),
        record.getUnit(), record.getCadre(), record.getId(), record.getFinalGrade(), campaign.getYear() + "年度考核",
        blankToNull(record.getWeaknessTopic()), record.getProblems(), null, LocalDateTime.now(clock))));
  }

  private ResultFacts facts(ResultSubject subject, GradeRecord record, GradeRecord teamRecord, String businessKey) {
    int year = subject.getYear();
    boolean problemsFound = record.getProblems() != null && !record.getProblems().isBlank();
    Cadre cadre = record.getCadre();
    if (cadre == null) {
      Cadre principal = organisation.principalOf(record.getUnit());
      return new ResultFacts(subject.getId(), ResultSource.ANNUAL, subject.getSourceId(), year, businessKey, true,
          subject.name(), principal.getUserId(), "", subject.getBasis(), record.getFinalGrade(), subject.gradeLabel(),
          0, false, false, null, problemsFound, text(record.getProblems()), record.getFinalGrade(), false, false, false, null, null);
    }
    String teamGrade = teamRecord == null ? null : teamRecord.getFinalGrade();
    return new ResultFacts(subject.getId(), ResultSource.ANNUAL, subject.getSourceId(), year, businessKey, false,
        cadre.getName(), cadre.getUserId(), cadre.getPosition(), subject.getBasis(),
        record.getFinalGrade(), subject.gradeLabel(), consecutiveExcellentYears(cadre, year),
        record.isPotentialForPromotion(), record.isEarlySignProblems(), record.getWeaknessTopic(), problemsFound,
        text(record.getProblems()), teamGrade, cadre.getRole() == CadreRole.PRINCIPAL,
        bars.existsByCadreAndBarredUntilGreaterThanEqual(cadre, LocalDate.now(clock)), false, null, null);
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
  public List<ResultAction> recordPaths(long subjectId, Map<String, String> pathLabels) {
    return pathLabels.entrySet().stream()
        .map(e -> actions.open(subjectId, ResultPath.parse(e.getKey()), e.getValue()))
        .toList();
  }

  /** A cadre's result-application paths, every round, for their appraisal file. */
  @Transactional(readOnly = true)
  public List<ResultAction> actionsOf(Cadre cadre) {
    return resultActions.findBySubject_CadreOrderById(cadre);
  }

  @Transactional(readOnly = true)
  public List<ResultActionView> actions(Long campaignId) {
    campaigns.campaign(campaignId);
    return resultActions.findByCampaignIdOrderById(campaignId).stream().map(ResultActionView::of).toList();
  }

  /** The subject an annual grade record's paths belong to, for paths started before subjects existed. */
  @Transactional(readOnly = true)
  public Long subjectIdOfGradeRecord(long gradeRecordId) {
    return subjects.findByGradeRecordId(gradeRecordId).map(ResultSubject::getId).orElse(null);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
