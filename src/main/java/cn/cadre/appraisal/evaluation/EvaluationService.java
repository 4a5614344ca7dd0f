package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.campaign.RoundCadres;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what each stage of a unit's appraisal produces — team report, democratic-evaluation
 * tallies, interviews, verification findings — and sums it up for the grading rules. An entry is
 * written once: entering different values again is refused, never silently overwritten.
 */
@Service
public class EvaluationService {

  private final OrganisationService organisation;
  private final TeamReportRepository teamReports;
  private final EvaluationTallyRepository tallies;
  private final InterviewRecordRepository interviews;
  private final VerificationFindingRepository findings;
  private final Clock clock;
  private final RoundCadres roundCadres;

  public EvaluationService(OrganisationService organisation, TeamReportRepository teamReports,
      EvaluationTallyRepository tallies, InterviewRecordRepository interviews,
      VerificationFindingRepository findings, Clock clock, RoundCadres roundCadres) {
    this.roundCadres = roundCadres;
    this.organisation = organisation;
    this.teamReports = teamReports;
    this.tallies = tallies;
    this.interviews = interviews;
    this.findings = findings;
    this.clock = clock;
  }

  @Transactional
  public void fileTeamReport(Long campaignId, String unitCode, String reportText, String actor) {
    requireText(reportText, "班子总结报告");
    Unit unit = organisation.unit(unitCode);
    if (teamReports.findByCampaignIdAndUnit(campaignId, unit).isPresent()) {
      throw new ConflictException("班子总结报告已提交，不能覆盖: " + unitCode);
    }
    teamReports.save(new TeamReport(campaignId, unit, reportText, actor, now()));
  }

  /** 民主测评 of a cadre: 优秀/称职/基本称职/不称职 votes and the political-quality score. */
  @Transactional
  public void recordCadreTally(Long campaignId, String cadreUserId, Votes votes, BigDecimal politicalScore, String actor) {
    if (politicalScore == null || politicalScore.signum() < 0 || politicalScore.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new InvalidInputException("政治素质测评得分必须在0到100之间: " + politicalScore);
    }
    Cadre cadre = organisation.cadreByUserId(cadreUserId);
    if (tallies.findByCampaignIdAndCadre(campaignId, cadre).isPresent()) {
      throw new ConflictException("该干部的民主测评结果已录入，不能覆盖: " + cadre.getCode());
    }
    // counted in the unit the round appraises them in, whatever a later roster says
    Unit unit = roundCadres.unitOf(campaignId, cadre);
    tallies.save(new EvaluationTally(campaignId, unit, cadre, votes, politicalScore, actor, now()));
  }

  /** 民主测评 of the team: 好/较好/一般/差 votes. */
  @Transactional
  public void recordTeamTally(Long campaignId, String unitCode, Votes votes, String actor) {
    Unit unit = organisation.unit(unitCode);
    if (tallies.findByCampaignIdAndUnitAndCadreIsNull(campaignId, unit).isPresent()) {
      throw new ConflictException("班子民主测评结果已录入，不能覆盖: " + unitCode);
    }
    tallies.save(new EvaluationTally(campaignId, unit, null, votes, null, actor, now()));
  }

  @Transactional
  public void recordInterview(Long campaignId, String cadreUserId, String findingsText, boolean earlySignProblems,
      String weaknessTopic, String actor) {
    requireText(findingsText, "谈话了解的主要情况");
    Cadre cadre = organisation.cadreByUserId(cadreUserId);
    interviews.save(new InterviewRecord(campaignId, cadre, findingsText, earlySignProblems,
        blankToNull(weaknessTopic), actor, now()));
  }

  @Transactional(readOnly = true)
  public CadreEvidence evidenceFor(Long campaignId, String cadreUserId) {
    Cadre cadre = organisation.cadreByUserId(cadreUserId);
    EvaluationTally tally = tallies.findByCampaignIdAndCadre(campaignId, cadre)
        .orElseThrow(() -> new ConflictException("尚未录入民主测评结果: " + cadre.getCode()));
    Votes votes = tally.votes();
    List<VerificationFinding> reported = findings.findByCampaignIdAndCadre(campaignId, cadre);
    List<InterviewRecord> talks = interviews.findByCampaignIdAndCadreOrderById(campaignId, cadre);
    return new CadreEvidence(
        tally.getPoliticalScore() == null ? null : tally.getPoliticalScore().doubleValue(),
        votes.share(votes.first()), votes.share(votes.third()), votes.share(votes.fourth()),
        reported.stream().anyMatch(VerificationFinding::isVetoItem),
        reported.stream().anyMatch(VerificationFinding::isUnderInvestigation),
        (int) reported.stream().filter(f -> f.isAffectsGrade() && !f.isVetoItem()).count(),
        talks.stream().anyMatch(InterviewRecord::isEarlySignProblems),
        talks.stream().map(InterviewRecord::getWeaknessTopic).filter(t -> t != null).reduce((a, b) -> b).orElse(null));
  }

  /** What the stages found about every cadre of a round, by cadre id, in three queries (for calibration). */
  @Transactional(readOnly = true)
  public java.util.Map<Long, RoundEvidence> roundEvidence(Long campaignId) {
    java.util.Map<Long, List<VerificationFinding>> reported = new java.util.HashMap<>();
    for (VerificationFinding finding : findings.findByCampaignId(campaignId)) {
      reported.computeIfAbsent(finding.getCadre().getId(), k -> new java.util.ArrayList<>()).add(finding);
    }
    java.util.Map<Long, RoundEvidence> evidence = new java.util.HashMap<>();
    for (EvaluationTally tally : tallies.findByCampaignIdAndCadreIsNotNull(campaignId)) {
      List<VerificationFinding> items = reported.getOrDefault(tally.getCadre().getId(), List.of());
      evidence.put(tally.getCadre().getId(), new RoundEvidence(tally.votes(), tally.getPoliticalScore(),
          items.stream().anyMatch(VerificationFinding::isVetoItem),
          items.stream().anyMatch(VerificationFinding::isUnderInvestigation)));
    }
    return evidence;
  }

  /** One cadre's of {@link #roundEvidence} (null without a tally), in two queries: the analysis reads it per cadre. */
  @Transactional(readOnly = true)
  public RoundEvidence roundEvidenceOf(Long campaignId, Cadre cadre) {
    return tallies.findByCampaignIdAndCadre(campaignId, cadre).map(tally -> {
      List<VerificationFinding> items = findings.findByCampaignIdAndCadre(campaignId, cadre);
      return new RoundEvidence(tally.votes(), tally.getPoliticalScore(),
          items.stream().anyMatch(VerificationFinding::isVetoItem),
          items.stream().anyMatch(VerificationFinding::isUnderInvestigation));
    }).orElse(null);
  }

  @Transactional(readOnly = true)
  public TeamEvidence teamEvidenceFor(Long campaignId, String unitCode) {
    Unit unit = organisation.unit(unitCode);
    Votes votes = tallies.findByCampaignIdAndUnitAndCadreIsNull(campaignId, unit)
        .orElseThrow(() -> new ConflictException("尚未录入班子民主测评结果: " + unitCode)).votes();
    return new TeamEvidence(votes.share(votes.first()), votes.share(votes.second()),
        votes.share(votes.third()), votes.share(votes.fourth()));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private static void requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(what + "不能为空");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
