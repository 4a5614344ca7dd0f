package cn.cadre.appraisal.routine;

import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeService;
import cn.cadre.appraisal.notice.NoticeType;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 半年反馈: when a routine round that ends at mid-year closes, each of its units receives a notice
 * (addressed to its team, through the principal) with every cadre's routine scores of the half year
 * and the problems found — early signs and weaknesses — so they are acted on before year end.
 */
@Service
public class RoutineFeedbackService {

  private final RoutineRoundService rounds;
  private final RoutineRoundUnitRepository roundUnits;
  private final RoutineScoreRepository scores;
  private final OrganisationService organisation;
  private final NoticeService notices;

  RoutineFeedbackService(RoutineRoundService rounds, RoutineRoundUnitRepository roundUnits, RoutineScoreRepository scores,
      OrganisationService organisation, NoticeService notices) {
    this.rounds = rounds;
    this.roundUnits = roundUnits;
    this.scores = scores;
    this.organisation = organisation;
    this.notices = notices;
  }

  /** Issues each unit's half-year feedback once (a retried job finds it issued); answers the notices. */
  @Transactional
  public List<Notice> sendHalfYearFeedback(Long roundId) {
    RoutineRound round = rounds.find(roundId);
    List<Notice> issued = new ArrayList<>();
    for (RoutineRoundUnit ru : roundUnits.findByRoundIdOrderById(roundId)) {
      Unit unit = ru.getUnit();
      Cadre principal = organisation.principalOf(unit);
      issued.add(notices.issue(NoticeType.ROUTINE_FEEDBACK, principal,
          "routine-" + round.getYear() + "-H1/unit-" + unit.getCode(), model(round.getYear(), unit, principal)));
    }
    return issued;
  }

  private Map<String, Object> model(int year, Unit unit, Cadre principal) {
    // the first half's submitted rounds of this unit, in period order
    Map<RoutinePeriod, Map<Long, RoutineScore>> byPeriod = new java.util.TreeMap<>();
    for (RoutineRoundUnit ru : roundUnits.findByYearAndUnitIn(year, List.of(unit))) {
      if (ru.isSubmitted() && ru.getPeriod().inFirstHalf()) {
        Map<Long, RoutineScore> byCadre = new HashMap<>();
        scores.findByRoundIdAndUnitId(ru.getRoundId(), unit.getId()).forEach(s -> byCadre.put(s.getCadre().getId(), s));
        byPeriod.put(ru.getPeriod(), byCadre);
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Cadre cadre : organisation.cadresOf(unit)) {
      List<String> cells = new ArrayList<>();
      for (var period : byPeriod.entrySet()) {
        RoutineScore s = period.getValue().get(cadre.getId());
        cells.add(s == null ? "—" : s.getScore().stripTrailingZeros().toPlainString());
        if (s != null && s.isEarlySigns()) {
          problems.add(cadre.getName() + "（" + period.getKey().label() + "）：有苗头性倾向性问题"
              + (s.getComment() == null ? "" : "，" + s.getComment()));
        }
        if (s != null && s.getWeakness() != null) {
          problems.add(cadre.getName() + "（" + period.getKey().label() + "）：短板——" + s.getWeakness());
        }
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", cadre.getName());
      row.put("position", cadre.getPosition());
      row.put("scores", cells);
      rows.add(row);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("year", year);
    model.put("unitName", unit.getName());
    model.put("cadreName", principal.getName());
    model.put("periodLabel", "上半年");
    model.put("periods", byPeriod.keySet().stream().map(RoutinePeriod::label).toList());
    model.put("rows", rows);
    model.put("problems", problems);
    return model;
  }
}
