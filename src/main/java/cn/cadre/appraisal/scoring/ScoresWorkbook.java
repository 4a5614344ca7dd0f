package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.spreadsheet.Sheets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's scores for the committee meeting: the sheet 单位得分 (per unit by category and rank: the
 * papers, bonus, penalty, veto, total, rank, grade, then each indicator's points) and the sheet 评分差异度.
 */
@Service
public class ScoresWorkbook {

  private final ScoringRoundService rounds;

  ScoresWorkbook(ScoringRoundService rounds) {
    this.rounds = rounds;
  }

  @Transactional(readOnly = true)
  public byte[] export(long roundId, Viewer viewer) {
    ScoresView scores = rounds.scores(roundId, viewer);
    Map<String, String> indicators = new LinkedHashMap<>();
    scores.units().forEach(u -> u.indicators().forEach(i -> indicators.putIfAbsent(u.category() + "/" + i.code(),
        u.category() + " " + i.code() + " " + i.name())));
    List<String> header = new ArrayList<>(List.of("单位类别", "同类排名", "单位", "单位编码", "发展实绩", "党的建设", "社会满意度",
        "加分", "减分", "一票否决", "降等", "综合得分", "建议等次", "等次", "理由"));
    header.addAll(indicators.values());
    List<String> keys = new ArrayList<>(indicators.keySet());
    return Sheets.write("单位得分", header, sheet -> {
      int n = 1;
      for (ScoresView.UnitRow u : scores.units()) {
        Row row = sheet.createRow(n++);
        Sheets.values(row, u.category(), u.rank() == null ? null : u.rank() + "/" + u.unitsInCategory(), u.unitName(),
            u.unit(), u.developmentScore(), u.partyBuildingScore(), u.satisfactionScore(), u.bonus(), u.penalty(),
            u.veto() ? "是" : "否", u.lowered() ? "是" : "否", u.total(),
            u.proposedGrade() == null ? null : cn.cadre.appraisal.shared.TeamGrade.valueOf(u.proposedGrade()).label(),
            u.gradeLabel(), u.gradeReason());
        for (ScoresView.IndicatorValue i : u.indicators()) {
          int column = 15 + keys.indexOf(u.category() + "/" + i.code());
          Object shown = i.points() != null ? i.points() : i.value();
          if (shown instanceof Number number) {
            row.createCell(column).setCellValue(number.doubleValue());
          }
        }
      }
      sheet.createFreezePane(4, 1);
    }, workbook -> {
      Sheet spreads = workbook.createSheet("评分差异度");
      Sheets.values(spreads.createRow(0), "指标", "名称", "单位类别", "责任单位", "单位数", "最低分", "最高分", "差异度", "低于阈值",
          "下一年度减半");
      int n = 1;
      for (ScoresView.Spread s : scores.spreads()) {
        Sheets.values(spreads.createRow(n++), s.key(), s.indicator(), s.category(), s.office(), s.units(), s.lowest(),
            s.highest(), s.spreadPercent(), s.flagged() ? "是" : "否", s.halvingConfirmed() ? "是" : "否");
      }
    });
  }
}
