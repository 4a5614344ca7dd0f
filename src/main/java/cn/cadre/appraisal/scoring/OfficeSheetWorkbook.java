package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.spreadsheet.InvalidSheetException;
import cn.cadre.appraisal.spreadsheet.Sheets;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An office's whole scoring table as .xlsx and back: an office scoring 165 units fills one sheet, not
 * 165 forms. One row per unit and indicator; rows left blank are not entered; yes/no items take 是/否.
 * Every row is checked first and errors name their rows; nothing is written unless the sheet is right.
 */
@Service
public class OfficeSheetWorkbook {

  static final String UNIT = "单位编码";
  static final String INDICATOR = "指标编码";
  static final String VALUE = "得分或实际值";
  static final List<String> HEADER = List.of(UNIT, "单位名称", "单位类别", INDICATOR, "指标名称", "性质", "满分", "计分方法",
      "目标值", VALUE);

  private final ScoringRoundService rounds;

  OfficeSheetWorkbook(ScoringRoundService rounds) {
    this.rounds = rounds;
  }

  @Transactional(readOnly = true)
  public byte[] export(long roundId, String officeCode, Viewer viewer) {
    OfficeSheet view = rounds.sheet(roundId, officeCode, viewer);
    return Sheets.write("综合考核评分", HEADER, sheet -> {
      int n = 1;
      for (OfficeSheet.Row r : view.rows()) {
        boolean yesNo = r.kind().equals(IndicatorKind.VETO.name()) || r.kind().equals(IndicatorKind.LOWER_GRADE.name());
        Object value = r.value() == null ? null : yesNo ? (r.value().signum() > 0 ? "是" : "否") : r.value();
        Sheets.values(sheet.createRow(n++), r.unit(), r.unitName(), r.categoryLabel(), r.indicator(), r.indicatorName(),
            r.kindLabel(), r.fullPoints(), r.method().equals(ScoringMethod.TARGET.name()) ? "目标完成度（填实际值）"
                : yesNo ? "填“是”或“否”" : "直接评分", r.target(), value);
      }
      sheet.createFreezePane(2, 1);
      int[] widths = {12, 16, 10, 10, 28, 12, 8, 20, 10, 14};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
    });
  }

  @Transactional
  public OfficeSheet upload(long roundId, String officeCode, InputStream xlsx, String reason, Viewer viewer) {
    rounds.checkOfficeOrOrgDept(roundId, officeCode, viewer);
    List<String> errors = new ArrayList<>();
    List<ScoreEntry> entries = new ArrayList<>();
    List<Integer> rowNumbers = new ArrayList<>();
    Sheets.read(xlsx, List.of(UNIT, INDICATOR, VALUE), "综合考核评分页面", (number, cells) -> {
      String value = cells.get(VALUE);
      if (value.isEmpty()) {
        return; // not scored yet
      }
      BigDecimal parsed;
      if (value.equals("是") || value.equals("否")) {
        parsed = value.equals("是") ? BigDecimal.ONE : BigDecimal.ZERO;
      } else {
        try {
          parsed = new BigDecimal(value);
        } catch (NumberFormatException e) {
          errors.add(Sheets.row(number, VALUE + "应为数字（一票否决、降等事项填“是”或“否”），不是“" + value + "”"));
          return;
        }
      }
      entries.add(new ScoreEntry(cells.get(UNIT), cells.get(INDICATOR), parsed));
      rowNumbers.add(number);
    });
    if (!errors.isEmpty()) {
      throw new InvalidSheetException(errors);
    }
    if (entries.isEmpty()) {
      throw new InvalidSheetException(List.of("表中没有填写任何得分"));
    }
    try {
      return rounds.save(roundId, officeCode, entries, reason, viewer);
    } catch (InvalidInputException e) {
      if (e instanceof InvalidSheetException sheet) {
        throw sheet;
      }
      // "第N项…" of the service is the Nth entered row: say it as the sheet's row
      List<String> byRow = new ArrayList<>();
      for (String problem : e.problems()) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^第(\\d+)项").matcher(problem);
        byRow.add(m.find() ? "第" + rowNumbers.get(Integer.parseInt(m.group(1)) - 1) + "行" + problem.substring(m.end())
            : problem);
      }
      throw new InvalidSheetException(byRow);
    }
  }
}
