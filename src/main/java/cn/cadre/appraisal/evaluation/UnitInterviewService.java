package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.campaign.CampaignUnit;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.campaign.RoundCadres;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.organisation.OrganisationService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 个别谈话 per unit: the appraisal team sent to a unit records, on one page, what its interviews found
 * about each cadre (findings, early-sign problems, a weakness to train) — any number of records per
 * cadre while the unit's interview stage is open, at least one for every cadre before it closes.
 * Only that team records (org-dept may read); every record keeps who made it and when.
 */
@Service
public class UnitInterviewService {

  static final String READERS_ONLY = "只有派往该单位的考核组成员可以查看个别谈话记录";

  private final UnitTeamAccess teams;
  private final OrganisationService organisation;
  private final RoundCadres roundCadres;
  private final InterviewRecordRepository interviews;
  private final EvaluationService evaluation;
  private final InterviewStagePort process;

  UnitInterviewService(UnitTeamAccess teams, OrganisationService organisation,
      InterviewRecordRepository interviews, EvaluationService evaluation, InterviewStagePort process,
      RoundCadres roundCadres) {
    this.roundCadres = roundCadres;
    this.teams = teams;
    this.organisation = organisation;
    this.interviews = interviews;
    this.evaluation = evaluation;
    this.process = process;
  }

  @Transactional(readOnly = true)
  public List<InterviewRow> rows(Long campaignId, String unitCode, Viewer viewer) {
    CampaignUnit unit = teams.readable(campaignId, unitCode, viewer, READERS_ONLY);
    return rows(campaignId, roundCadres.cadresOf(campaignId, unit.getUnit()));
  }

  /** The cadres' rows, their records read in one query. */
  private List<InterviewRow> rows(Long campaignId, List<Cadre> cadres) {
    Map<Long, List<InterviewRow.Entry>> byCadre = new HashMap<>();
    for (var r : interviews.findByCampaignIdAndCadreInOrderById(campaignId, cadres)) {
      byCadre.computeIfAbsent(r.getCadre().getId(), k -> new ArrayList<>()).add(new InterviewRow.Entry(r.getFindings(),
          r.isEarlySignProblems(), r.getWeaknessTopic(), r.getRecordedBy(), r.getRecordedAt()));
    }
    return cadres.stream().map(c -> new InterviewRow(c.getCode(), c.getName(), c.getPosition(),
        byCadre.getOrDefault(c.getId(), List.of()))).toList();
  }

  /** Records one interview finding about a cadre of the unit, while the unit's interview stage is open. */
  @Transactional
  public InterviewRow record(Long campaignId, String unitCode, String cadreCode, String findings,
      boolean earlySignProblems, String weaknessTopic, Viewer viewer) {
    CampaignUnit unit = teams.unit(campaignId, unitCode);
    teams.requireTeam(unit, viewer, "只有派往该单位的考核组成员可以记录个别谈话");
    Cadre cadre = organisation.cadreByCode(cadreCode);
    if (roundCadres.of(campaignId, cadre).filter(c -> c.getUnit().getId().equals(unit.getUnit().getId())).isEmpty()) {
      throw new NotFoundException("该单位没有这名干部: " + cadreCode);
    }
    if (findings != null && findings.length() > 4000) {
      throw new InvalidInputException("谈话了解的主要情况不能超过4000字");
    }
    if (weaknessTopic != null && weaknessTopic.length() > 100) {
      throw new InvalidInputException("能力短板不能超过100字");
    }
    if (!process.open(unit.appraisalKey())) {
      throw new ConflictException(unit.getUnit().getName() + "的个别谈话已结束，不能再记录（综合分析研判已读取谈话情况）");
    }
    evaluation.recordInterview(campaignId, cadre.getUserId(), findings == null ? null : findings.strip(),
        earlySignProblems, weaknessTopic == null ? null : weaknessTopic.strip(), viewer.userId());
    return rows(campaignId, List.of(cadre)).get(0);
  }

  /** The unit's cadres nobody has recorded an interview about yet (names), for the unit's interview task. */
  @Transactional(readOnly = true)
  public List<String> withoutRecord(Long campaignId, String unitCode) {
    CampaignUnit unit = teams.unit(campaignId, unitCode);
    return rows(campaignId, roundCadres.cadresOf(campaignId, unit.getUnit())).stream()
        .filter(r -> r.records().isEmpty()).map(InterviewRow::cadreName).toList();
  }

  /** The unit's name, for pages (same access as the records). */
  @Transactional(readOnly = true)
  public String unitName(Long campaignId, String unitCode, Viewer viewer) {
    return teams.readable(campaignId, unitCode, viewer, READERS_ONLY).getUnit().getName();
  }
}
