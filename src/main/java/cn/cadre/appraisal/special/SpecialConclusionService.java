package cn.cadre.appraisal.special;

import cn.cadre.appraisal.application.TalentPoolService;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.shared.Texts;
import cn.cadre.appraisal.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a special appraisal's stages found and what it concludes: each stage's record and each
 * opinion asked for, then a conclusion with a statement (鉴定) per cadre and a report per unit.
 * Conclusions are audited; nothing changes once the appraisal is concluded.
 */
@Service
public class SpecialConclusionService {

  static final int MAX_TEXT = 5000;

  /** A conclusion that acts (commend, promote, a pool, not now, accountable; a commended team), for result application. */
  public record SpecialFinding(Long appraisalId, int year, String basis, Unit unit, Cadre cadre, String conclusion,
      String poolName, String statement) {}

  private final SpecialAppraisalService appraisals;
  private final SpecialAppraisalRepository rows;
  private final SpecialCadreRepository cadres;
  private final SpecialUnitRepository units;
  private final SpecialRecordRepository records;
  private final SpecialAuditRepository audit;
  private final OrganisationService organisation;
  private final TalentPoolService pools;
  private final Clock clock;

  SpecialConclusionService(SpecialAppraisalService appraisals, SpecialAppraisalRepository rows,
      SpecialCadreRepository cadres, SpecialUnitRepository units, SpecialRecordRepository records,
      SpecialAuditRepository audit, OrganisationService organisation, TalentPoolService pools, Clock clock) {
    this.pools = pools;
    this.appraisals = appraisals;
    this.rows = rows;
    this.cadres = cadres;
    this.units = units;
    this.records = records;
    this.audit = audit;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** A stage held (checkpoint, 听取汇报, 个别访谈, 实地查看, 集体座谈): when, how many people, what it found. */
  @Transactional
  public void recordStage(Long appraisalId, String stage, String heldOn, Integer participants, String summary,
      String actor) {
    SpecialAppraisal appraisal = open(appraisalId);
    SpecialStage which = SpecialStage.parse(stage);
    List<String> problems = new ArrayList<>();
    LocalDate day = null;
    if (heldOn == null || heldOn.isBlank()) {
      problems.add("请填写" + which.label() + "的日期");
    } else {
      try {
        day = LocalDate.parse(heldOn.strip().substring(0, Math.min(10, heldOn.strip().length())));
        if (day.isAfter(LocalDate.now(clock))) {
          problems.add(which.label() + "的日期不能晚于今天：" + day);
        }
      } catch (java.time.format.DateTimeParseException e) {
        problems.add(which.label() + "的日期格式应为 2026-05-01，不是“" + heldOn + "”");
      }
    }
    if (participants != null && participants < 0) {
      problems.add("参加人数不能为负数：" + participants);
    }
    String text = Texts.required(summary, which.label() + "情况", MAX_TEXT, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    records.save(new SpecialRecord(appraisal.getId(), SpecialRecord.Kind.STAGE, which.name(), day, participants, false,
        text, actor, LocalDateTime.now(clock)));
  }

  /** An opinion asked for: from an office (source: its group) or a task principal (source: the user). */
  @Transactional
  public void recordOpinion(Long appraisalId, SpecialRecord.Kind kind, String source, boolean concerns, String opinion,
      String actor) {
    SpecialAppraisal appraisal = open(appraisalId);
    List<String> problems = new ArrayList<>();
    String text = Texts.required(opinion, "意见", MAX_TEXT, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    records.save(new SpecialRecord(appraisal.getId(), kind, source, LocalDate.now(clock), null, concerns, text, actor,
        LocalDateTime.now(clock)));
  }

  /** The conclusion on one cadre (列入人才库 names an existing pool); a changed one is audited with what it was. */
  @Transactional
  public void concludeCadre(Long appraisalId, String cadreCode, String conclusion, String poolName, String statement,
      String actor) {
    SpecialAppraisal appraisal = lockedOpen(appraisalId);
    Cadre cadre = organisation.cadreByCode(cadreCode);
    SpecialCadre row = cadres.findByAppraisalIdAndCadre(appraisal.getId(), cadre)
        .orElseThrow(() -> new NotFoundException(cadre.getName() + "不在" + appraisal.basis() + "中"));
    List<String> problems = new ArrayList<>();
    SpecialConclusion which = null;
    try {
      which = SpecialConclusion.parse(conclusion);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    String pool = null;
    if (which == SpecialConclusion.TALENT_POOL) {
      try {
        pools.requireExists(poolName);
        pool = poolName.strip();
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    String text = Texts.required(statement, "鉴定意见", MAX_TEXT, problems);
    if (!problems.isEmpty()) {
      throw InvalidInputException.summarised(cadre.getName() + "的考核结论有误", problems);
    }
    String before = row.describe();
    row.conclude(which, pool, text, actor, LocalDateTime.now(clock));
    audit.save(new SpecialAudit(appraisal.getId(), cadre.getCode(),
        cadre.getName() + "：" + (before.equals("未作结论") ? "" : before + " → ") + row.describe(), actor,
        LocalDateTime.now(clock)));
  }

  /** The report on one unit's team, commended or not. */
  @Transactional
  public void concludeUnit(Long appraisalId, String unitCode, boolean commended, String statement, String actor) {
    SpecialAppraisal appraisal = lockedOpen(appraisalId);
    Unit unit = organisation.unit(unitCode);
    SpecialUnit row = units.findByAppraisalIdAndUnit(appraisal.getId(), unit)
        .orElseThrow(() -> new NotFoundException(unit.getName() + "不在" + appraisal.basis() + "中"));
    List<String> problems = new ArrayList<>();
    String text = Texts.required(statement, "班子考核报告", MAX_TEXT, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    row.conclude(commended, text, actor, LocalDateTime.now(clock));
    audit.save(new SpecialAudit(appraisal.getId(), unit.getCode(), unit.getName() + "领导班子："
        + (commended ? "表扬嘉奖" : "不单独表扬") + "；报告：" + text, actor, LocalDateTime.now(clock)));
  }

  /** The conclusions that act, once every cadre and unit is concluded. */
  @Transactional(readOnly = true)
  public List<SpecialFinding> findings(Long appraisalId) {
    SpecialAppraisal appraisal = appraisals.find(appraisalId);
    List<SpecialFinding> findings = new ArrayList<>();
    for (SpecialCadre c : cadres.findByAppraisalIdOrderById(appraisalId)) {
      if (c.getConclusion() != null && c.getConclusion() != SpecialConclusion.NONE) {
        findings.add(new SpecialFinding(appraisalId, appraisal.getYear(), appraisal.basis(), c.getCadre().getUnit(),
            c.getCadre(), c.getConclusion().name(), c.getPoolName(), c.getStatement()));
      }
    }
    for (SpecialUnit u : units.findByAppraisalIdOrderById(appraisalId)) {
      if (Boolean.TRUE.equals(u.getCommended())) {
        findings.add(new SpecialFinding(appraisalId, appraisal.getYear(), appraisal.basis(), u.getUnit(), null,
            SpecialConclusion.COMMEND.name(), null, u.getStatement()));
      }
    }
    return findings;
  }

  /** Every conclusion given or changed, oldest first. */
  @Transactional(readOnly = true)
  public List<SpecialAudit> history(Long appraisalId, Viewer viewer) {
    SpecialAppraisalService.requireReader(appraisals.find(appraisalId), viewer);
    return audit.findByAppraisalIdOrderById(appraisalId);
  }

  private SpecialAppraisal open(Long appraisalId) {
    SpecialAppraisal appraisal = appraisals.find(appraisalId);
    if (appraisal.getStatus() != SpecialAppraisal.Status.OPEN) {
      throw new ConflictException(appraisal.basis() + "已结束，不能再修改");
    }
    return appraisal;
  }

  private SpecialAppraisal lockedOpen(Long appraisalId) {
    rows.lock(appraisalId).orElseThrow(() -> new NotFoundException("专项考核不存在: " + appraisalId));
    return open(appraisalId);
  }
}
