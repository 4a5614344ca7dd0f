package cn.cadre.appraisal.dashboard;

import cn.cadre.appraisal.application.ActionStatus;
import cn.cadre.appraisal.application.ResultActionView;
import cn.cadre.appraisal.application.ResultApplicationService;
import cn.cadre.appraisal.ballot.BallotService;
import cn.cadre.appraisal.campaign.Campaign;
import cn.cadre.appraisal.campaign.CampaignProgress;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.campaign.RedLightService;
import cn.cadre.appraisal.campaign.RedLightService.RedLight;
import cn.cadre.appraisal.campaign.RoundCadres;
import cn.cadre.appraisal.grading.GradeRecord;
import cn.cadre.appraisal.grading.GradingService;
import cn.cadre.appraisal.notice.NoticeService;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.organisation.UnitCategory;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.verification.Office;
import cn.cadre.appraisal.verification.OfficeCatalogue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round at a glance for the organisation department and the committee, in one answer: where the
 * stages and units stand and who is late, the grades by category of unit against the 优秀 quota,
 * the ballots' turnout, the result paths and the notices issued. Everything is counted from what
 * the round already keeps, in a few queries whatever the round's size.
 */
@Service
public class RoundDashboard {

  /** The red lights listed by name; the rest are counted. */
  static final int RED_LIGHTS_LISTED = 50;

  private final CampaignService campaigns;
  private final CampaignProgress progress;
  private final RedLightService redLights;
  private final GradingService grading;
  private final RoundCadres roundCadres;
  private final BallotService ballots;
  private final ResultApplicationService application;
  private final NoticeService notices;
  private final OrganisationService organisation;
  private final OfficeCatalogue offices;
  private final Clock clock;

  RoundDashboard(CampaignService campaigns, CampaignProgress progress, RedLightService redLights, GradingService grading,
      RoundCadres roundCadres, BallotService ballots, ResultApplicationService application, NoticeService notices,
      OrganisationService organisation, OfficeCatalogue offices, Clock clock) {
    this.campaigns = campaigns;
    this.progress = progress;
    this.redLights = redLights;
    this.grading = grading;
    this.roundCadres = roundCadres;
    this.ballots = ballots;
    this.application = application;
    this.notices = notices;
    this.organisation = organisation;
    this.offices = offices;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Dashboard of(long campaignId) {
    Campaign campaign = campaigns.campaign(campaignId);
    LocalDateTime now = LocalDateTime.now(clock);
    CampaignProgress.Progress state = progress.of(campaignId);
    List<RedLight> late = redLights.redLights(campaignId);
    Map<String, Unit> units = organisation.units().stream().collect(Collectors.toMap(Unit::getCode, Function.identity()));
    String unitKeyPrefix = campaign.key() + "/unit-";

    Map<String, Long> overdueByStage = late.stream().collect(Collectors.groupingBy(RedLight::stage, Collectors.counting()));
    List<Stage> stages = state.openByStage().entrySet().stream()
        .map(e -> new Stage(e.getKey(), state.stageNames().getOrDefault(e.getKey(), e.getKey()), e.getValue(),
            overdueByStage.getOrDefault(e.getKey(), 0L)))
        .sorted(Comparator.comparing(Stage::open).reversed()).toList();

    Map<String, BallotService.Participation> turnout = ballots.participation(campaignId);
    List<UnitRow> unitRows = state.units().stream().map(u -> {
      Unit unit = units.get(u.unitCode());
      BallotService.Participation p = turnout.get(u.unitCode());
      return new UnitRow(u.unitCode(), u.unitName(), unit == null ? null : unit.getCategory().label(), u.appraisalTeam(),
          u.openByStage().values().stream().mapToLong(Long::longValue).sum(), u.redLights(),
          p == null ? 0 : p.issued(), p == null ? 0 : p.used());
    }).toList();

    List<Late> lateRows = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    Map<String, String> officeNames = late.isEmpty() ? Map.of() : offices.all().stream()
        .collect(Collectors.toMap(Office::getGroupId, Office::getName, (a, b) -> a));
    for (RedLight r : late.subList(0, Math.min(RED_LIGHTS_LISTED, late.size()))) {
      String unitCode = r.businessKey() != null && r.businessKey().startsWith(unitKeyPrefix)
          ? r.businessKey().substring(unitKeyPrefix.length()) : null;
      Unit unit = unitCode == null ? null : units.get(unitCode);
      lateRows.add(new Late(r.taskName(), unit == null ? "全轮次" : unit.getName(), holder(r, names, officeNames), r.due(),
          Math.max(0, Duration.between(r.due(), now).toDays()), r.reminded(), r.levelLabel(), r.explanation()));
    }

    BigDecimal quota = campaign.getExcellentQuota();
    List<GradeRecord> records = grading.records(campaignId);
    Map<UnitCategory, Map<Grade, Long>> byCategory = new TreeMap<>();
    for (GradeRecord record : records) {
      if (record.getCadre() == null) {
        continue;
      }
      String grade = record.getFinalGrade() != null ? record.getFinalGrade()
          : record.getProposedGrade() != null ? record.getProposedGrade() : record.getDecisionGrade();
      if (grade != null) {
        byCategory.computeIfAbsent(record.getUnit().getCategory(), c -> new java.util.EnumMap<>(Grade.class))
            .merge(Grade.valueOf(grade), 1L, Long::sum);
      }
    }
    List<CategoryGrades> grades = byCategory.entrySet().stream().map(e -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      Arrays.stream(Grade.values()).forEach(g -> counts.put(g.label(), e.getValue().getOrDefault(g, 0L)));
      long graded = e.getValue().values().stream().mapToLong(Long::longValue).sum();
      long excellent = e.getValue().getOrDefault(Grade.EXCELLENT, 0L);
      return new CategoryGrades(e.getKey().label(), counts, graded, graded == 0 ? 0 : (double) excellent / graded);
    }).toList();

    Map<String, Map<String, Long>> paths = new TreeMap<>();
    for (ResultActionView action : application.actions(campaignId)) {
      paths.computeIfAbsent(action.pathLabel(), p -> new TreeMap<>())
          .merge(ActionStatus.valueOf(action.status()).label(), 1L, Long::sum);
    }
    List<PathCount> pathCounts = paths.entrySet().stream()
        .map(e -> new PathCount(e.getKey(), e.getValue(), e.getValue().values().stream().mapToLong(Long::longValue).sum()))
        .toList();
    List<NoticeCount> noticeCounts = notices.countsByType(campaignId).entrySet().stream()
        .map(e -> new NoticeCount(e.getKey().title(), e.getValue().issued(), e.getValue().received())).toList();

    return new Dashboard(new Round(campaign.getId(), campaign.getYear(), campaign.getStatus().name(),
        campaign.getStatus().label(), state.units().size(), roundCadres.byCadre(campaignId).size(),
        quota == null ? null : quota.doubleValue(), campaign.getStartedAt()),
        state.openTasks(), state.redLights(), stages, unitRows, lateRows, grades, pathCounts, noticeCounts,
        state.incidents().size(), !turnout.isEmpty(), now);
  }

  /** Who holds a late task, as people call them: the person, else the groups (an office, 组织部…). */
  private String holder(RedLight r, Map<String, String> names, Map<String, String> officeNames) {
    if (r.assignee() != null) {
      return names.computeIfAbsent(r.assignee(), id -> organisation.nameOfUser(id).orElse(id));
    }
    if (r.candidateGroups().isEmpty()) {
      return "未分派";
    }
    return r.candidateGroups().stream().map(group -> Arrays.stream(AppraisalGroup.values())
            .filter(g -> g.id().equals(group)).map(AppraisalGroup::displayName).findFirst()
            .orElse(officeNames.getOrDefault(group, group)))
        .collect(Collectors.joining("、"));
  }

  public record Dashboard(Round round, long openTasks, long redLightCount, List<Stage> stages, List<UnitRow> units,
                          List<Late> redLights, List<CategoryGrades> grades, List<PathCount> resultPaths,
                          List<NoticeCount> notices, int incidents, boolean ballots, LocalDateTime asOf) {}

  public record Round(long id, int year, String status, String statusLabel, int units, int cadres,
                      Double excellentQuota, LocalDateTime startedAt) {}

  public record Stage(String stage, String label, long open, long overdue) {}

  public record UnitRow(String code, String name, String category, String appraisalTeam, long open, long overdue,
                        long tokensIssued, long tokensUsed) {}

  /** A red light as the dashboard lists it: how far its escalation went (已催办 … 说明已认可) and the explanation. */
  public record Late(String taskName, String unitName, String holder, LocalDateTime due, long daysLate,
                     boolean reminded, String level, String explanation) {}

  public record CategoryGrades(String category, Map<String, Long> counts, long graded, double excellentShare) {}

  public record PathCount(String path, Map<String, Long> byStatus, long total) {}

  public record NoticeCount(String type, long count, long received) {}
}
