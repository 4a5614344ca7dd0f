package cn.cadre.appraisal.campaign;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.campaign.StartCampaign.TeamAssignment;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.CadreRole;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens appraisal rounds and answers who takes part in each unit's appraisal. */
@Service
public class CampaignService {

  static final BigDecimal DEFAULT_EXCELLENT_QUOTA = new BigDecimal("0.20");
  static final int DEFAULT_PUBLIC_NOTICE_DAYS = 5;
  static final int DEFAULT_STAGE_DUE_DAYS = 10;

  private final CampaignRepository campaigns;
  private final CampaignUnitRepository campaignUnits;
  private final OrganisationService organisation;
  private final CampaignProcessPort process;
  private final Clock clock;
  private final WorkingCalendar calendar;
  private final RoundOffices offices;
  private final RoundCadres roundCadres;
  private final cn.cadre.appraisal.settings.AppraisalSettings settings;

  public CampaignService(CampaignRepository campaigns, CampaignUnitRepository campaignUnits,
      OrganisationService organisation, CampaignProcessPort process, Clock clock, WorkingCalendar calendar,
      RoundOffices offices, RoundCadres roundCadres, cn.cadre.appraisal.settings.AppraisalSettings settings) {
    this.settings = settings;
    this.roundCadres = roundCadres;
    this.calendar = calendar;
    this.offices = offices;
    this.campaigns = campaigns;
    this.campaignUnits = campaignUnits;
    this.organisation = organisation;
    this.process = process;
    this.clock = clock;
  }

  /**
   * Opens a round and starts its process. Every problem with the request is reported at once and
   * nothing is written; a unit already in an annual round of that year is a conflict.
   */
  @Transactional
  public Campaign start(StartCampaign request, String actor) {
    List<String> problems = new ArrayList<>();
    Map<String, Unit> units = resolveUnits(request, problems);
    Map<String, TeamAssignment> teamOf = assignTeams(request, units, problems);
    EvaluationMode mode = null;
    try {
      mode = EvaluationMode.parse(request.evaluation());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    List<RoundOffices.OfficeRef> asked = offices.resolve(request.offices(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String kind = request.kind() == null ? Campaign.ANNUAL : request.kind();
    List<String> busy = campaignUnits.findByYearAndKindAndUnitCodeIn(request.year(), kind, List.copyOf(units.keySet()))
        .stream().map(cu -> cu.getUnit().getCode()).toList();
    if (!busy.isEmpty()) {
      throw new AlreadyStartedException(request.year() + "年度考核已包含这些单位，不能重复启动: " + String.join(", ", busy));
    }
    Campaign campaign = campaigns.save(new Campaign(request.year(), kind,
        orDefault(request.excellentQuota(), DEFAULT_EXCELLENT_QUOTA),
        orDefault(request.publicNoticeDays(), DEFAULT_PUBLIC_NOTICE_DAYS),
        orDefault(request.stageDueDays(), DEFAULT_STAGE_DUE_DAYS), actor, LocalDateTime.now(clock)));
    campaign.evaluateBy(mode);
    campaign.escalateAfter(orDefault(request.escalationDays(), settings.escalation().workingDays()));
    units.forEach((code, unit) -> {
      TeamAssignment team = teamOf.get(code);
      campaignUnits.save(new CampaignUnit(campaign, unit, team.name(), team.members()));
    });
    campaignUnits.flush();
    roundCadres.record(campaign.getId(), units.values());
    offices.open(campaign.getId(), asked);
    process.start(campaign.key() + "/campaign-" + campaign.getId(), campaign.getId(), campaign.getYear(),
        List.copyOf(units.keySet()), asked, campaign.getEvaluationMode() == EvaluationMode.BALLOTS);
    return campaign;
  }

  /** 党委审定: who approved the round's grades, and when. */
  @Transactional
  public void recordApproval(Long campaignId, String userId) {
    campaign(campaignId).approvedBy(userId, LocalDateTime.now(clock));
  }

  /**
   * Locks the round until the caller's transaction ends, so that two changes checked against a
   * round-wide rule (the quota of 优秀) cannot both pass on what the other has not yet written.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public Campaign lock(Long campaignId) {
    return campaigns.lockById(campaignId).orElseThrow(() -> new NotFoundException("考核轮次不存在: " + campaignId));
  }

  /** Every round, newest first (the application's home page). */
  @Transactional(readOnly = true)
  public java.util.List<Campaign> all() {
    return campaigns.findAll(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id"));
  }

  @Transactional(readOnly = true)
  public Campaign campaign(Long campaignId) {
    return campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("考核轮次不存在: " + campaignId));
  }

  @Transactional(readOnly = true)
  public UnitParticipants participants(Long campaignId, String unitCode) {
    CampaignUnit campaignUnit = campaignUnits.findByCampaignIdAndUnitCode(campaignId, unitCode)
        .orElseThrow(() -> new NotFoundException("单位不在该考核轮次中: " + unitCode));
    List<CampaignCadre> cadres = roundCadres.of(campaignId, campaignUnit.getUnit());
    Map<String, String> names = new LinkedHashMap<>();
    cadres.forEach(c -> names.put(c.getCadre().getUserId(), c.getCadre().getName()));
    String principal = cadres.stream().filter(c -> c.getRole() == CadreRole.PRINCIPAL).findFirst()
        .or(() -> cadres.stream().findFirst()).map(c -> c.getCadre().getUserId())
        .orElseThrow(() -> new ConflictException("单位没有领导干部: " + unitCode));
    boolean byBallot = campaignUnit.getCampaign().getEvaluationMode() == EvaluationMode.BALLOTS;
    return new UnitParticipants(campaignUnit.getUnit().getName(), List.copyOf(names.keySet()), names, principal,
        campaignUnit.getAppraisalTeamMembers(), byBallot, byBallot ? ballotWindowEnd(campaignUnit.getCampaign()) : null,
        offices.allReturned(campaignId));
  }

  /** The unit's ballot window in a round: refused when the round does not vote by ballot. */
  @Transactional(readOnly = true)
  public BallotWindow ballotWindow(Long campaignId, String unitCode) {
    CampaignUnit campaignUnit = campaignUnits.findByCampaignIdAndUnitCode(campaignId, unitCode)
        .orElseThrow(() -> new NotFoundException("单位不在该考核轮次中: " + unitCode));
    Campaign campaign = campaignUnit.getCampaign();
    if (campaign.getEvaluationMode() != EvaluationMode.BALLOTS) {
      throw new InvalidInputException("该考核轮次的民主测评采用录入票数方式，不使用选票");
    }
    return new BallotWindow(campaign.getId(), campaign.key(), campaign.getYear(), campaignUnit.getUnit(),
        campaignUnit.isBallotsClosed());
  }

  /** Closes the unit's ballot window; false when it was closed already. */
  @Transactional
  public boolean closeBallots(Long campaignId, String unitCode) {
    CampaignUnit campaignUnit = campaignUnits.findByCampaignIdAndUnitCode(campaignId, unitCode)
        .orElseThrow(() -> new NotFoundException("单位不在该考核轮次中: " + unitCode));
    if (campaignUnit.isBallotsClosed()) {
      return false;
    }
    campaignUnit.closeBallots();
    return true;
  }

  /** The ballot window closes when the stage deadline passes (or earlier, when org-dept closes it). */
  private LocalDateTime ballotWindowEnd(Campaign campaign) {
    return calendar.addWorkingDays(campaign.getStartedAt().toLocalDate(), campaign.getStageDueDays()).plusDays(1).atStartOfDay();
  }

  @Transactional
  public void moveTo(Long campaignId, CampaignStatus status) {
    campaign(campaignId).moveTo(status);
  }

  /** Task_CloseRound: every unit's notices are out and its result application started; the round is done. */
  @Transactional
  public void close(Long campaignId) {
    moveTo(campaignId, CampaignStatus.DONE);
  }

  private Map<String, Unit> resolveUnits(StartCampaign request, List<String> problems) {
    if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
      problems.add("year 不合法: " + request.year());
    }
    if (request.kind() != null && !Campaign.ANNUAL.equals(request.kind())) {
      problems.add("kind 目前只支持 ANNUAL: " + request.kind());
    }
    BigDecimal quota = request.excellentQuota();
    if (quota != null && (quota.signum() <= 0 || quota.compareTo(BigDecimal.ONE) > 0)) {
      problems.add("excellentQuota 必须大于0且不超过1: " + quota);
    }
    if (request.publicNoticeDays() != null && (request.publicNoticeDays() < 1 || request.publicNoticeDays() > 30)) {
      problems.add("publicNoticeDays 必须在1到30个工作日之间: " + request.publicNoticeDays());
    }
    if (request.stageDueDays() != null && (request.stageDueDays() < 1 || request.stageDueDays() > 90)) {
      problems.add("stageDueDays 必须在1到90个工作日之间: " + request.stageDueDays());
    }
    if (request.escalationDays() != null && (request.escalationDays() < 1 || request.escalationDays() > 30)) {
      problems.add("escalationDays 必须在1到30个工作日之间: " + request.escalationDays());
    }
    Map<String, Unit> units = new LinkedHashMap<>();
    if (request.unitCodes() == null || request.unitCodes().isEmpty()) {
      problems.add("unitCodes 不能为空");
      return units;
    }
    // two queries for the whole round, however many units it has
    Map<String, Unit> known = organisation.unitsByCode(request.unitCodes().stream().filter(java.util.Objects::nonNull).toList());
    Map<String, Long> cadreCounts = organisation.cadreCounts(known.values());
    for (String code : request.unitCodes()) {
      Unit unit = known.get(code);
      if (unit == null) {
        problems.add("单位不存在: " + code);
      } else if (units.put(code, unit) != null) {
        problems.add("单位重复: " + code);
      } else if (cadreCounts.getOrDefault(code, 0L) == 0) {
        problems.add("单位没有领导干部: " + code);
      }
    }
    return units;
  }

  /** Each unit gets exactly one appraisal team; no member appraises their own unit (回避). */
  private Map<String, TeamAssignment> assignTeams(StartCampaign request, Map<String, Unit> units, List<String> problems) {
    Map<String, TeamAssignment> teamOf = new HashMap<>();
    for (TeamAssignment team : Optional.ofNullable(request.appraisalTeams()).orElse(List.of())) {
      if (team.name() == null || team.name().isBlank() || team.members() == null || team.members().isEmpty()) {
        problems.add("考核组必须有名称和成员: " + team.name());
        continue;
      }
      for (String unitCode : Optional.ofNullable(team.unitCodes()).orElse(List.of())) {
        if (!units.containsKey(unitCode)) {
          problems.add("考核组“" + team.name() + "”负责的单位不在本轮考核中: " + unitCode);
        } else if (teamOf.put(unitCode, team) != null) {
          problems.add("单位被分配给多个考核组: " + unitCode);
        }
      }
      for (String member : team.members()) {
        Optional<Unit> home = organisation.homeUnitOf(member);
        if (home.isEmpty()) {
          problems.add("考核组成员不在花名册中: " + member);
        } else if (team.unitCodes() != null && team.unitCodes().contains(home.get().getCode())) {
          problems.add("回避：考核组成员 " + member + " 的本单位是 " + home.get().getName()
              + "，不能参加对本单位的考核");
        }
      }
    }
    units.keySet().stream().filter(code -> !teamOf.containsKey(code))
        .forEach(code -> problems.add("单位没有分配考核组: " + code));
    return teamOf;
  }

  private static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
