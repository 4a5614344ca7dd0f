package cn.cadre.appraisal.tally;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.settings.ChineseTime;
import cn.cadre.appraisal.campaign.Campaign;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.campaign.CampaignUnit;
import cn.cadre.appraisal.campaign.CampaignUnitRepository;
import cn.cadre.appraisal.campaign.EvaluationMode;
import cn.cadre.appraisal.evaluation.EvaluationTally;
import cn.cadre.appraisal.evaluation.EvaluationTallyRepository;
import cn.cadre.appraisal.evaluation.Votes;
import cn.cadre.appraisal.campaign.CampaignCadre;
import cn.cadre.appraisal.campaign.RoundCadres;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.spreadsheet.InvalidSheetException;
import cn.cadre.appraisal.tally.TallyAudit.Action;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 民主测评结果 entered by tallies, one sheet per unit: the organisation department types (or uploads)
 * each unit's 汇总表 — every cadre's 优秀/称职/基本称职/不称职 votes and political score and the team's
 * 好/较好/一般/差 votes, each row adding up to the unit's number of valid ballots — saves it as often as
 * it likes, and submits it; the unit's appraisal then goes on. A submitted sheet is final. Every row
 * entered or changed, and the submission, is audited.
 */
@Service
public class TallySheetService {

  static final int MAX_BALLOTS = 100_000;

  private final TallySheetRepository sheets;
  private final TallyAuditRepository audit;
  private final EvaluationTallyRepository tallies;
  private final CampaignUnitRepository campaignUnits;
  private final CampaignService campaigns;
  private final RoundCadres roundCadres;
  private final TallySheetPort process;
  private final Clock clock;

  TallySheetService(TallySheetRepository sheets, TallyAuditRepository audit, EvaluationTallyRepository tallies,
      CampaignUnitRepository campaignUnits, CampaignService campaigns,
      TallySheetPort process, Clock clock, RoundCadres roundCadres) {
    this.roundCadres = roundCadres;
    this.sheets = sheets;
    this.audit = audit;
    this.tallies = tallies;
    this.campaignUnits = campaignUnits;
    this.campaigns = campaigns;
    this.process = process;
    this.clock = clock;
  }

  /** Every unit of the round and where its sheet stands, in the round's order. */
  @Transactional(readOnly = true)
  public List<UnitTallyStatus> overview(Long campaignId) {
    Campaign campaign = talliedRound(campaignId);
    Map<Long, TallySheet> byUnit = new HashMap<>();
    sheets.findByCampaignId(campaignId).forEach(s -> byUnit.put(s.getUnit().getId(), s));
    Map<Long, Integer> entered = new HashMap<>();
    tallies.findByCampaignId(campaignId).forEach(t -> entered.merge(t.getUnit().getId(), 1, Integer::sum));
    List<Unit> units = campaignUnits.findByCampaignOrderById(campaign).stream().map(CampaignUnit::getUnit).toList();
    Map<Long, Integer> cadres = new HashMap<>();
    roundCadres.of(campaignId, units).forEach(c -> cadres.merge(c.getUnit().getId(), 1, Integer::sum));
    List<UnitTallyStatus> overview = new ArrayList<>();
    for (Unit unit : units) {
      TallySheet sheet = byUnit.get(unit.getId());
      int rows = cadres.getOrDefault(unit.getId(), 0) + 1;
      int done = entered.getOrDefault(unit.getId(), 0);
      overview.add(new UnitTallyStatus(unit.getCode(), unit.getName(), rows, done,
          sheet != null && sheet.getBallots() != null && done == rows, sheet != null && sheet.isSubmitted(),
          sheet == null ? null : sheet.getSubmittedBy(), sheet == null ? null : sheet.getSubmittedAt()));
    }
    return overview;
  }

  @Transactional(readOnly = true)
  public TallySheetView sheet(Long campaignId, String unitCode) {
    talliedRound(campaignId);
    Unit unit = unitOfRound(campaignId, unitCode);
    return view(campaignId, unit, sheets.findByCampaignIdAndUnit(campaignId, unit).orElse(null));
  }

  /**
   * Saves what is given of a unit's sheet: the number of valid ballots and any rows (others keep what
   * they had). Every row is checked first and every problem named; nothing is written unless all are right.
   */
  @Transactional
  public TallySheetView save(Long campaignId, String unitCode, Integer ballots, List<TallyEntry> entries, String actor) {
    talliedRound(campaignId);
    Unit unit = unitOfRound(campaignId, unitCode);
    TallySheet sheet = openSheet(campaignId, unit);
    apply(sheet, ballots, entries == null ? List.of() : entries, actor);
    return view(campaignId, unit, sheet);
  }

  /**
   * Sheets of several units at once (the round's spreadsheet, already read): all are checked before
   * any is written; errors carry the spreadsheet's row numbers.
   */
  @Transactional
  public int saveAll(Long campaignId, Map<String, UnitInput> byUnit, String actor) {
    List<String> errors = check(campaignId, byUnit);
    if (!errors.isEmpty()) {
      throw new InvalidSheetException(errors);
    }
    int rows = 0;
    for (var e : byUnit.entrySet()) {
      Unit unit = unitOfRound(campaignId, e.getKey());
      rows += apply(openSheet(campaignId, unit), e.getValue().ballots(), e.getValue().entries(), actor);
    }
    return rows;
  }

  /** Every problem with sheets of several units, writing nothing (units submitted already are one). */
  @Transactional(readOnly = true)
  public List<String> check(Long campaignId, Map<String, UnitInput> byUnit) {
    talliedRound(campaignId);
    List<String> errors = new ArrayList<>();
    for (var e : byUnit.entrySet()) {
      Unit unit;
      try {
        unit = unitOfRound(campaignId, e.getKey());
      } catch (NotFoundException notFound) {
        errors.add(e.getValue().where() + notFound.getMessage());
        continue;
      }
      TallySheet sheet = sheets.findByCampaignIdAndUnit(campaignId, unit).orElse(null);
      if (sheet != null && sheet.isSubmitted()) {
        errors.add(e.getValue().where() + unit.getName() + "的测评结果已提交，不能再修改");
        continue;
      }
      errors.addAll(problems(campaignId, unit, e.getValue().ballots(), e.getValue().entries(), e.getValue().rowNames()));
    }
    return errors;
  }

  /** One unit's part of an uploaded spreadsheet: its ballots, rows and where each row stands (第N行：). */
  public record UnitInput(Integer ballots, List<TallyEntry> entries, Map<String, String> rowNames, String where) {}

  /** Submits a complete sheet: final from now on, and the unit's appraisal goes on. */
  @Transactional
  public TallySheetView submit(Long campaignId, String unitCode, String actor) {
    talliedRound(campaignId);
    Unit unit = unitOfRound(campaignId, unitCode);
    TallySheet sheet = openSheet(campaignId, unit);
    TallySheetView view = view(campaignId, unit, sheet);
    if (!view.complete()) {
      List<String> missing = view.rows().stream().filter(r -> r.first() == null).map(TallySheetView.Row::name).toList();
      throw new InvalidInputException(unit.getName() + "的测评结果尚未填完，不能提交："
          + (sheet.getBallots() == null ? "有效票数未填；" : "") + (missing.isEmpty() ? "" : "未填 " + String.join("、", missing)));
    }
    LocalDateTime now = LocalDateTime.now(clock);
    sheet.submit(actor, now);
    audit.save(new TallyAudit(campaignId, unit.getId(), null, Action.SUBMITTED, "有效票数 " + sheet.getBallots(), actor, now));
    process.submitted(campaignId, unitCode);
    return view(campaignId, unit, sheet);
  }

  /** Submits every complete sheet not yet submitted; answers the units submitted now. */
  @Transactional
  public List<String> submitComplete(Long campaignId, String actor) {
    List<String> submitted = new ArrayList<>();
    for (UnitTallyStatus status : overview(campaignId)) {
      if (status.complete() && !status.submitted()) {
        submit(campaignId, status.unitCode(), actor);
        submitted.add(status.unitCode());
      }
    }
    return submitted;
  }

  /** Whether every unit's sheet is submitted; when not, the units still out (for the round's task). */
  @Transactional(readOnly = true)
  public List<String> unitsNotSubmitted(Long campaignId) {
    return overview(campaignId).stream().filter(s -> !s.submitted()).map(UnitTallyStatus::unitName).toList();
  }

  @Transactional(readOnly = true)
  public List<TallyAudit> history(Long campaignId, String unitCode) {
    Unit unit = unitOfRound(campaignId, unitCode);
    return audit.findByCampaignIdAndUnitIdOrderById(campaignId, unit.getId());
  }

  // ---- internals -----------------------------------------------------------------------------------

  private int apply(TallySheet sheet, Integer ballots, List<TallyEntry> entries, String actor) {
    Long campaignId = sheet.getCampaignId();
    Unit unit = sheet.getUnit();
    List<String> errors = problems(campaignId, unit, ballots, entries, Map.of());
    if (!errors.isEmpty()) {
      throw new InvalidSheetException(errors);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    if (!Objects.equals(sheet.getBallots(), ballots)) {
      sheet.ballots(ballots);
    }
    Map<String, Cadre> cadres = cadresByCode(campaignId, unit);
    Map<Long, EvaluationTally> existing = new HashMap<>();
    EvaluationTally team = null;
    for (EvaluationTally t : tallies.findByCampaignIdAndUnit(campaignId, unit)) {
      if (t.getCadre() == null) {
        team = t;
      } else {
        existing.put(t.getCadre().getId(), t);
      }
    }
    int written = 0;
    for (TallyEntry entry : entries) {
      boolean isTeam = TallyEntry.TEAM.equals(entry.code());
      Cadre cadre = isTeam ? null : cadres.get(entry.code());
      EvaluationTally row = isTeam ? team : existing.get(cadre.getId());
      Votes votes = new Votes(entry.first(), entry.second(), entry.third(), entry.fourth());
      BigDecimal score = isTeam ? null : entry.politicalScore();
      String detail = describe(votes, score);
      if (row == null) {
        tallies.save(new EvaluationTally(campaignId, unit, cadre, votes, score, actor, now));
        audit.save(new TallyAudit(campaignId, unit.getId(), isTeam ? null : cadre.getId(), Action.ENTERED, detail, actor, now));
        written++;
      } else if (!row.votes().equals(votes) || !sameScore(row.getPoliticalScore(), score)) {
        String before = describe(row.votes(), row.getPoliticalScore());
        row.change(votes, score, actor, now);
        audit.save(new TallyAudit(campaignId, unit.getId(), isTeam ? null : cadre.getId(), Action.CHANGED,
            before + " → " + detail, actor, now));
        written++;
      }
    }
    return written;
  }

  /** Every problem with a unit's rows, each named by the row's cadre (or 班子) and, from a spreadsheet, its row. */
  private List<String> problems(Long campaignId, Unit unit, Integer ballots, List<TallyEntry> entries,
      Map<String, String> rowNames) {
    List<String> problems = new ArrayList<>();
    String unitName = unit.getName();
    if (ballots == null || ballots < 1 || ballots > MAX_BALLOTS) {
      problems.add(rowNames.getOrDefault("ballots", "") + unitName + "：有效票数应为1到" + MAX_BALLOTS + "之间的整数: " + ballots);
    }
    Map<String, Cadre> cadres = cadresByCode(campaignId, unit);
    Map<String, Boolean> seen = new HashMap<>();
    for (TallyEntry entry : entries) {
      String where = rowNames.getOrDefault(entry.code(), "");
      boolean isTeam = TallyEntry.TEAM.equals(entry.code());
      Cadre cadre = isTeam ? null : cadres.get(entry.code());
      if (!isTeam && cadre == null) {
        problems.add(where + unitName + "没有编码为 " + entry.code() + " 的干部");
        continue;
      }
      String name = isTeam ? unitName + "领导班子" : cadre.getName();
      if (seen.put(entry.code(), true) != null) {
        problems.add(where + name + "：重复填写");
        continue;
      }
      Integer[] counts = {entry.first(), entry.second(), entry.third(), entry.fourth()};
      String[] labels = isTeam ? new String[] {"好", "较好", "一般", "差"} : new String[] {"优秀", "称职", "基本称职", "不称职"};
      boolean countsOk = true;
      int sum = 0;
      for (int i = 0; i < 4; i++) {
        if (counts[i] == null || counts[i] < 0) {
          problems.add(where + name + "：" + labels[i] + "票数应为不小于0的整数" + (counts[i] == null ? "（未填）" : ": " + counts[i]));
          countsOk = false;
        } else {
          sum += counts[i];
        }
      }
      if (countsOk && ballots != null && sum != ballots) {
        problems.add(where + name + "：四项票数合计 " + sum + " 与有效票数 " + ballots + " 不符");
      }
      if (countsOk && sum == 0) {
        problems.add(where + name + "：票数合计不能为0");
      }
      BigDecimal score = entry.politicalScore();
      if (isTeam) {
        if (score != null) {
          problems.add(where + name + "：班子不填政治素质测评得分");
        }
      } else if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0
          || score.stripTrailingZeros().scale() > 2) {
        problems.add(where + name + "：政治素质测评得分应在0到100之间，最多两位小数" + (score == null ? "（未填）" : ": " + score));
      }
    }
    return problems;
  }

  private TallySheetView view(Long campaignId, Unit unit, TallySheet sheet) {
    Map<Long, EvaluationTally> byCadre = new HashMap<>();
    EvaluationTally team = null;
    for (EvaluationTally t : tallies.findByCampaignIdAndUnit(campaignId, unit)) {
      if (t.getCadre() == null) {
        team = t;
      } else {
        byCadre.put(t.getCadre().getId(), t);
      }
    }
    List<TallySheetView.Row> rows = new ArrayList<>();
    for (CampaignCadre c : roundCadres.of(campaignId, unit)) {
      rows.add(row(c.getCadre().getCode(), c.getCadre().getName(), c.getPosition(), byCadre.get(c.getCadre().getId())));
    }
    rows.add(row(TallyEntry.TEAM, unit.getName() + "领导班子", "班子", team));
    boolean complete = sheet != null && sheet.getBallots() != null && rows.stream().allMatch(r -> r.first() != null);
    return new TallySheetView(campaignId, unit.getCode(), unit.getName(), sheet == null ? null : sheet.getBallots(),
        sheet != null && sheet.isSubmitted(), sheet == null ? null : sheet.getSubmittedBy(),
        sheet == null ? null : sheet.getSubmittedAt(), complete, rows);
  }

  private static TallySheetView.Row row(String code, String name, String position, EvaluationTally t) {
    return t == null ? new TallySheetView.Row(code, name, position, null, null, null, null, null)
        : new TallySheetView.Row(code, name, position, t.votes().first(), t.votes().second(), t.votes().third(),
            t.votes().fourth(), t.getPoliticalScore());
  }

  private TallySheet openSheet(Long campaignId, Unit unit) {
    TallySheet sheet = sheets.lock(campaignId, unit).orElseGet(() -> sheets.save(new TallySheet(campaignId, unit)));
    if (sheet.isSubmitted()) {
      throw new ConflictException(unit.getName() + "的测评结果已于" + ChineseTime.of(sheet.getSubmittedAt())
          + "提交，不能再修改");
    }
    return sheet;
  }

  private Campaign talliedRound(Long campaignId) {
    Campaign campaign = campaigns.campaign(campaignId);
    if (campaign.getEvaluationMode() != EvaluationMode.TALLIES) {
      throw new InvalidInputException("该考核轮次采用无记名投票，测评结果由选票统计，不需录入票数");
    }
    return campaign;
  }

  private Unit unitOfRound(Long campaignId, String unitCode) {
    return campaignUnits.findByCampaignIdAndUnitCode(campaignId, unitCode)
        .orElseThrow(() -> new NotFoundException("单位不在该考核轮次中: " + unitCode)).getUnit();
  }

  private Map<String, Cadre> cadresByCode(Long campaignId, Unit unit) {
    Map<String, Cadre> cadres = new LinkedHashMap<>();
    roundCadres.cadresOf(campaignId, unit).forEach(c -> cadres.put(c.getCode(), c));
    return cadres;
  }

  private static boolean sameScore(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String describe(Votes v, BigDecimal score) {
    return v.first() + "/" + v.second() + "/" + v.third() + "/" + v.fourth() + (score == null ? "" : "，政治素质 " + score);
  }
}
