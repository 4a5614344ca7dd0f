package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.shared.Grade;

import cn.cadre.appraisal.campaign.Campaign;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.campaign.CampaignStatus;
import cn.cadre.appraisal.evaluation.EvaluationService;
import cn.cadre.appraisal.evaluation.RoundEvidence;
import cn.cadre.appraisal.evaluation.Votes;
import cn.cadre.appraisal.campaign.CampaignCadre;
import cn.cadre.appraisal.campaign.RoundCadres;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.organisation.CadreRole;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.UnitCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 统筹校准: the round-wide view of the proposals (like compared with like), the quota of 优秀, and
 * adjustments by the organisation department; the committee's approval of the result is ApprovalService's.
 */
@Service
public class CalibrationService {

  private final GradeRecordRepository records;
  private final GradingService grading;
  private final CampaignService campaigns;
  private final OrganisationService organisation;
  private final EvaluationService evaluation;
  private final RoundCadres roundCadres;

  public CalibrationService(GradeRecordRepository records, GradingService grading, CampaignService campaigns,
      OrganisationService organisation, EvaluationService evaluation, RoundCadres roundCadres) {
    this.roundCadres = roundCadres;
    this.records = records;
    this.grading = grading;
    this.campaigns = campaigns;
    this.organisation = organisation;
    this.evaluation = evaluation;
  }

  @Transactional
  public QuotaStatus open(Long campaignId) {
    campaigns.moveTo(campaignId, CampaignStatus.CALIBRATION);
    return quota(campaignId);
  }

  @Transactional(readOnly = true)
  public QuotaStatus quota(Long campaignId) {
    Campaign campaign = campaigns.campaign(campaignId);
    List<GradeRecord> cadres = cadreRecords(campaignId);
    int allowed = campaign.getExcellentQuota().multiply(BigDecimal.valueOf(cadres.size()))
        .setScale(0, RoundingMode.FLOOR).intValue();
    int excellent = (int) cadres.stream().filter(r -> Grade.EXCELLENT.name().equals(r.getProposedGrade())).count();
    Map<String, cn.cadre.appraisal.scoring.UnitLinkage> linkages = grading.linkages(campaignId);
    if (cadres.stream().noneMatch(r -> linkages.containsKey(r.getUnit().getCode()))) {
      return new QuotaStatus(cadres.size(), campaign.getExcellentQuota(), allowed, excellent);
    }
    // the year's units were scored: each unit's share follows its grade (a unit not scored keeps the round's)
    Map<String, List<GradeRecord>> byUnit = new LinkedHashMap<>();
    cadres.stream().sorted(Comparator.comparing(r -> r.getUnit().getCode()))
        .forEach(r -> byUnit.computeIfAbsent(r.getUnit().getCode(), k -> new ArrayList<>()).add(r));
    List<QuotaStatus.UnitQuota> units = new ArrayList<>();
    byUnit.forEach((code, members) -> {
      var linkage = linkages.get(code);
      BigDecimal share = linkage == null ? campaign.getExcellentQuota() : linkage.excellentShare();
      int unitAllowed = share.multiply(BigDecimal.valueOf(members.size())).setScale(0, RoundingMode.FLOOR).intValue();
      int unitExcellent = (int) members.stream().filter(r -> Grade.EXCELLENT.name().equals(r.getProposedGrade())).count();
      units.add(new QuotaStatus.UnitQuota(code, members.get(0).getUnit().getName(),
          linkage == null ? null : linkage.result().grade().label(), share, members.size(), unitAllowed, unitExcellent));
    });
    return new QuotaStatus(cadres.size(), campaign.getExcellentQuota(),
        units.stream().mapToInt(QuotaStatus.UnitQuota::allowed).sum(), excellent, units);
  }

  /**
   * The round's calibration table: every cadre with the rules' and the team's view, votes, scores and
   * flags, grouped like with like (principals by category of unit, deputies within their team),
   * filtered, sorted and paged as asked. Four queries, whatever the size of the round.
   */
  @Transactional(readOnly = true)
  public CalibrationTable table(Long campaignId, CalibrationQuery query) {
    Campaign campaign = campaigns.campaign(campaignId);
    List<CalibrationRow> all = rows(campaignId);
    List<CalibrationRow> matching = all.stream().filter(r -> matches(r, query)).sorted(order(query)).toList();
    int from = Math.min(matching.size(), query.page() * query.size());
    List<CalibrationRow> page = matching.subList(from, Math.min(matching.size(), from + query.size()));
    Map<String, int[]> groups = new LinkedHashMap<>();
    all.stream().sorted(order(CalibrationQuery.all())).forEach(r -> {
      int[] counts = groups.computeIfAbsent(r.group(), k -> new int[2]);
      counts[0]++;
      counts[1] += Grade.EXCELLENT.label().equals(r.grade()) ? 1 : 0;
    });
    QuotaStatus quota = quota(campaignId);
    return new CalibrationTable(stage(campaign.getStatus()), campaign.getStatus() == CampaignStatus.CALIBRATION,
        campaign.getStatus() == CampaignStatus.APPROVAL, page, matching.size(), query.page(), query.size(), quota,
        quota.describe(), groups.entrySet().stream()
            .map(e -> new CalibrationTable.GroupSummary(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
        all.stream().filter(CalibrationRow::changed).count(), all.stream().filter(CalibrationRow::sendBack).count());
  }

  /** Every row of the round, in the table's default order (for the spreadsheet). */
  @Transactional(readOnly = true)
  public List<CalibrationRow> allRows(Long campaignId) {
    return rows(campaignId).stream().sorted(order(CalibrationQuery.all())).toList();
  }

  /**
   * The organisation department's grade changes, all or nothing: every change names a cadre of the
   * round, a grade, and a reason; a change may not raise 优秀 above the quota (lowering is always
   * allowed, so a round that starts over the quota can be brought under it step by step). Each
   * change is audited with its reason.
   */
  @Transactional
  public QuotaStatus applyChanges(Long campaignId, List<CalibrationChange> changes, String actor) {
    campaigns.lock(campaignId); // two saves at once: the second checks the quota on the first's result
    requireStage(campaignId, CampaignStatus.CALIBRATION, "统筹校准");
    if (changes == null || changes.isEmpty()) {
      throw new InvalidInputException("没有要保存的等次调整");
    }
    Map<String, GradeRecord> byCode = cadreRecords(campaignId).stream()
        .collect(Collectors.toMap(r -> r.getCadre().getCode(), r -> r, (a, b) -> a, LinkedHashMap::new));
    List<String> errors = new ArrayList<>();
    Map<GradeRecord, CalibrationChange> valid = new LinkedHashMap<>();
    Map<GradeRecord, Grade> grades = new LinkedHashMap<>();
    int n = 0;
    for (CalibrationChange change : changes) {
      n++;
      String code = change.cadreCode() == null ? "" : change.cadreCode().strip();
      GradeRecord record = byCode.get(code);
      if (record == null) {
        errors.add("第" + n + "项：干部不在本轮考核中：" + code);
        continue;
      }
      Grade grade;
      try {
        grade = Grade.parse(change.grade());
      } catch (InvalidInputException e) {
        errors.add("第" + n + "项（" + record.getCadre().getName() + "）：" + e.getMessage());
        continue;
      }
      if (grade.name().equals(record.getProposedGrade())) {
        continue; // unchanged
      }
      if (change.reason() == null || change.reason().isBlank()) {
        errors.add("第" + n + "项（" + record.getCadre().getName() + "）：调整等次必须填写理由");
        continue;
      }
      if (valid.put(record, change) != null) {
        errors.add("第" + n + "项（" + record.getCadre().getName() + "）：同一名干部调整了两次");
      }
      grades.put(record, grade);
    }
    if (!errors.isEmpty()) {
      throw InvalidInputException.summarised("等次调整未保存", errors);
    }
    QuotaStatus before = quota(campaignId);
    java.util.function.Predicate<GradeRecord> excellentAfterChange = r -> Grade.EXCELLENT.name().equals(
        grades.containsKey(r) ? grades.get(r).name() : r.getProposedGrade());
    for (QuotaStatus.UnitQuota unit : before.units()) {
      long unitAfter = byCode.values().stream().filter(r -> r.getUnit().getCode().equals(unit.unitCode()))
          .filter(excellentAfterChange).count();
      if (unitAfter > unit.allowed() && unitAfter > unit.excellent()) {
        throw new InvalidInputException("等次调整未保存：" + unit.unitName() + "调整后优秀 " + unitAfter + " 名，超过该单位上限 "
            + unit.allowed() + " 名（" + (unit.unitGrade() == null ? "本轮统一比例" : "单位综合考核等次为" + unit.unitGrade())
            + "，优秀比例上限 " + QuotaStatus.percent(unit.share()) + "）");
      }
    }
    long excellentAfter = byCode.values().stream().filter(excellentAfterChange).count();
    if (!before.byUnit() && excellentAfter > before.allowed() && excellentAfter > before.excellent()) {
      throw new InvalidInputException("等次调整未保存：调整后优秀 " + excellentAfter + " 名，超过上限 "
          + before.allowed() + " 名");
    }
    valid.forEach((record, change) -> {
      grading.adjust(campaignId, record.getCadre().getUserId(), grades.get(record).name(),
          "统筹校准：" + change.reason().strip(), actor);
      record.calibrated(change.reason().strip());
    });
    return quota(campaignId);
  }

  /** Calibration done: refused while 优秀 exceeds the quota; on refusal nothing is changed. */
  @Transactional
  public QuotaStatus complete(Long campaignId) {
    campaigns.lock(campaignId); // not while a save is checking the quota
    QuotaStatus status = quota(campaignId);
    if (status.isExceeded()) {
      throw new InvalidInputException(status.describe());
    }
    campaigns.moveTo(campaignId, CampaignStatus.APPROVAL);
    return status;
  }

  /**
   * What the committee reads on its approval form: totals by grade and by category of unit, the
   * quota, and how many grades calibration changed. Its length does not grow with the round.
   */
  @Transactional(readOnly = true)
  public String approvalSummary(Long campaignId) {
    List<CalibrationRow> rows = rows(campaignId);
    QuotaStatus quota = quota(campaignId);
    StringBuilder text = new StringBuilder("本轮被考核干部 ").append(rows.size()).append(" 名：")
        .append(countsByGrade(rows)).append("。\n");
    Map<String, List<CalibrationRow>> byCategory = new LinkedHashMap<>();
    rows.stream().sorted(Comparator.comparing(CalibrationRow::category)).forEach(r ->
        byCategory.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r));
    byCategory.forEach((category, members) -> text.append(category).append("：").append(members.size()).append(" 名，")
        .append(countsByGrade(members)).append("\n"));
    text.append("优秀比例上限 ").append(quota.percent()).append("，最多 ")
        .append(quota.allowed()).append(" 名，实有 ").append(quota.excellent()).append(" 名。\n")
        .append("统筹校准调整等次 ").append(rows.stream().filter(CalibrationRow::changed).count())
        .append(" 名（调整理由见审定表）。");
    return text.toString();
  }

  private List<CalibrationRow> rows(Long campaignId) {
    Map<Long, RoundEvidence> evidence = evaluation.roundEvidence(campaignId);
    List<CalibrationRow> rows = new ArrayList<>();
    Map<Long, CampaignCadre> inRound = roundCadres.byCadre(campaignId);
    for (GradeRecord r : records.findCadreRecordsOfRound(campaignId)) {
      Cadre c = r.getCadre();
      RoundEvidence e = evidence.get(c.getId());
      Votes v = e == null ? null : e.votes();
      // grouped and shown as the round appraises them: the record's unit, the role and post it opened with
      CampaignCadre rc = inRound.get(c.getId());
      Unit unit = r.getUnit();
      boolean principal = (rc == null ? c.getRole() : rc.getRole()) == CadreRole.PRINCIPAL;
      String group = principal ? "正职 · " + unit.getCategory().label() : "副职 · " + unit.getName();
      rows.add(new CalibrationRow(c.getCode(), c.getName(), unit.getCode(), unit.getName(),
          unit.getCategory().label(), rc == null ? c.getPosition() : rc.getPosition(), principal, group, label(r.getDecisionGrade()),
          r.getDecisionReason(), r.isNeedsReview(), label(r.getAnalysisGrade()), label(r.getProposedGrade()),
          r.getCalibrationReason(), v == null ? null : v.first(), v == null ? null : v.second(),
          v == null ? null : v.third(), v == null ? null : v.fourth(), v == null ? null : v.share(v.first()),
          e == null ? null : e.politicalScore(), e != null && e.vetoItem(), e != null && e.underInvestigation(),
          r.isSendBack()));
    }
    return rows;
  }

  private static boolean matches(CalibrationRow r, CalibrationQuery q) {
    return (blank(q.unit()) || r.unitCode().equals(q.unit().strip()) || r.unitName().contains(q.unit().strip()))
        && (blank(q.category()) || r.category().equals(q.category().strip()) || categoryCode(r, q.category()))
        && (blank(q.grade()) || r.grade().equals(labelOf(q.grade())))
        && (blank(q.flag()) || switch (q.flag()) {
          case "needsReview" -> r.needsReview();
          case "veto" -> r.veto();
          case "underInvestigation" -> r.underInvestigation();
          case "changed" -> r.changed();
          case "sendBack" -> r.sendBack();
          default -> true;
        });
  }

  private static boolean categoryCode(CalibrationRow r, String category) {
    for (UnitCategory c : UnitCategory.values()) {
      if (c.name().equals(category.strip())) {
        return c.label().equals(r.category());
      }
    }
    return false;
  }

  private static String labelOf(String grade) {
    return Grade.parse(grade).label();
  }

  private static Comparator<CalibrationRow> order(CalibrationQuery q) {
    Comparator<CalibrationRow> byGrade = Comparator.comparingInt(r -> -rankOfLabel(r.grade()));
    Comparator<CalibrationRow> column = switch (q.sort()) {
      case "unit" -> Comparator.comparing(CalibrationRow::unitName);
      case "name" -> Comparator.comparing(CalibrationRow::cadreName);
      case "grade" -> byGrade;
      case "rulesGrade" -> Comparator.comparingInt(r -> -rankOfLabel(r.rulesGrade()));
      case "excellentShare" -> Comparator.comparing(CalibrationRow::excellentShare,
          Comparator.nullsLast(Comparator.reverseOrder()));
      case "politicalScore" -> Comparator.comparing(CalibrationRow::politicalScore,
          Comparator.nullsLast(Comparator.reverseOrder()));
      default -> Comparator.comparing((CalibrationRow r) -> !r.principal()).thenComparing(CalibrationRow::group)
          .thenComparing(byGrade);
    };
    if (q.desc()) {
      column = column.reversed();
    }
    return column.thenComparing(CalibrationRow::cadreCode);
  }

  private static int rankOfLabel(String label) {
    for (Grade g : Grade.values()) {
      if (g.label().equals(label)) {
        return 5 - g.ordinal();
      }
    }
    return -1;
  }

  private static String countsByGrade(List<CalibrationRow> rows) {
    List<String> parts = new ArrayList<>();
    for (Grade g : Grade.values()) {
      long n = rows.stream().filter(r -> g.label().equals(r.grade())).count();
      if (n > 0) {
        parts.add(g.label() + " " + n + " 名");
      }
    }
    return parts.isEmpty() ? "尚无等次" : String.join("、", parts);
  }

  void requireStage(Long campaignId, CampaignStatus status, String stage) {
    CampaignStatus now = campaigns.campaign(campaignId).getStatus();
    if (now != status) {
      throw new ConflictException("本轮考核当前处于“" + stage(now) + "”阶段，不能进行" + stage + "操作");
    }
  }

  private static String stage(CampaignStatus status) {
    return status.label();
  }

  GradeRecord recordOf(Long campaignId, Cadre cadre) {
    return records.findByCampaignIdAndCadre(campaignId, cadre).orElseThrow();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  Cadre cadreInCampaign(Long campaignId, String code) {
    Cadre cadre;
    try {
      cadre = organisation.cadreByCode(code);
    } catch (NotFoundException e) {
      throw new InvalidInputException("干部编码不存在: " + code);
    }
    if (records.findByCampaignIdAndCadre(campaignId, cadre).isEmpty()) {
      throw new InvalidInputException("干部不在本轮考核中: " + code);
    }
    return cadre;
  }

  List<GradeRecord> cadreRecords(Long campaignId) {
    return records.findCadreRecordsOfRound(campaignId);
  }

  private static String label(String grade) {
    return grade == null ? "—" : Grade.valueOf(grade).label();
  }
}
