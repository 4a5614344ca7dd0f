package cn.cadre.appraisal.tally;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.spreadsheet.InvalidSheetException;
import cn.cadre.appraisal.spreadsheet.Sheets;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The round's tally sheets as one .xlsx, and back: evaluation meetings are counted on paper and
 * typed into spreadsheets. One row per cadre and one per team (编码 TEAM), every unit of the round;
 * 有效票数 is the unit's number of valid ballots, the same on each of its rows. Rows left without
 * votes are not entered. Every row is checked first and errors name their rows; nothing is written
 * unless the whole sheet is right. Units already submitted cannot be changed.
 */
@Service
public class TallyWorkbook {

  static final String UNIT = "单位编码";
  static final String CODE = "编码";
  static final String BALLOTS = "有效票数";
  static final String FIRST = "优秀/好";
  static final String SECOND = "称职/较好";
  static final String THIRD = "基本称职/一般";
  static final String FOURTH = "不称职/差";
  static final String SCORE = "政治素质得分";
  static final List<String> HEADER = List.of(UNIT, "单位", CODE, "姓名", "职务", BALLOTS, FIRST, SECOND, THIRD, FOURTH,
      SCORE);

  private final TallySheetService sheets;

  public TallyWorkbook(TallySheetService sheets) {
    this.sheets = sheets;
  }

  @Transactional(readOnly = true)
  public byte[] export(Long campaignId) {
    List<TallySheetView> views = sheets.overview(campaignId).stream().map(s -> sheets.sheet(campaignId, s.unitCode()))
        .toList();
    return Sheets.write("民主测评汇总", HEADER, sheet -> {
      int n = 1;
      for (TallySheetView view : views) {
        for (TallySheetView.Row r : view.rows()) {
          Sheets.values(sheet.createRow(n++), view.unitCode(), view.unitName(), r.code(), r.name(), r.position(),
              view.ballots(), r.first(), r.second(), r.third(), r.fourth(),
              r.politicalScore() == null ? null : r.politicalScore().doubleValue());
        }
      }
      sheet.createFreezePane(4, 1);
      for (int c = 0; c < HEADER.size(); c++) {
        sheet.setColumnWidth(c, (c == 1 || c == 3 ? 22 : 12) * 256);
      }
    });
  }

  /** Reads the uploaded sheet and saves every unit in it; answers how many rows were entered or changed. */
  @Transactional
  public int upload(Long campaignId, InputStream xlsx, String actor) {
    List<String> errors = new ArrayList<>();
    Map<String, Unit> units = new LinkedHashMap<>();
    Sheets.read(xlsx, List.of(UNIT, CODE, BALLOTS, FIRST, SECOND, THIRD, FOURTH, SCORE), "测评录入页面", (number, cells) -> {
      List<String> votes = List.of(cells.get(FIRST), cells.get(SECOND), cells.get(THIRD), cells.get(FOURTH));
      if (votes.stream().allMatch(String::isEmpty) && cells.get(SCORE).isEmpty()) {
        return; // not entered yet
      }
      String where = "第" + number + "行：";
      String unitCode = cells.get(UNIT);
      String code = cells.get(CODE);
      if (unitCode.isEmpty() || code.isEmpty()) {
        errors.add(where + "单位编码和编码不能为空");
        return;
      }
      Unit unit = units.computeIfAbsent(unitCode, k -> new Unit(where));
      try {
        Integer ballots = integer(cells.get(BALLOTS), BALLOTS);
        if (unit.ballots == null) {
          unit.ballots = ballots;
        } else if (!unit.ballots.equals(ballots)) {
          errors.add(where + "同一单位各行的有效票数应相同（" + unit.firstRow + "为 " + unit.ballots + "）");
          return;
        }
        unit.entries.add(new TallyEntry(code, integer(cells.get(FIRST), FIRST), integer(cells.get(SECOND), SECOND),
            integer(cells.get(THIRD), THIRD), integer(cells.get(FOURTH), FOURTH), decimal(cells.get(SCORE))));
        unit.rows.putIfAbsent(code, where);
      } catch (InvalidInputException e) {
        errors.add(where + e.getMessage());
      }
    });
    if (units.isEmpty() && errors.isEmpty()) {
      throw new InvalidSheetException(List.of("表中没有填写任何票数"));
    }
    Map<String, TallySheetService.UnitInput> inputs = new LinkedHashMap<>();
    units.forEach((code, u) -> {
      Map<String, String> rowNames = new LinkedHashMap<>(u.rows);
      rowNames.put("ballots", u.firstRow);
      inputs.put(code, new TallySheetService.UnitInput(u.ballots, u.entries, rowNames, u.firstRow));
    });
    // the rows read, checked as sheets too: every problem of the file in one answer
    errors.addAll(sheets.check(campaignId, inputs));
    if (!errors.isEmpty()) {
      throw new InvalidSheetException(errors.stream().sorted(java.util.Comparator.comparingInt(TallyWorkbook::rowOf)).toList());
    }
    return sheets.saveAll(campaignId, inputs, actor);
  }

  /** The row number an error starts with (第N行：), for sorting; errors without one come first. */
  private static int rowOf(String error) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^第(\\d+)行").matcher(error);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** One unit's rows as read, with the first row it appears on. */
  private static final class Unit {
    final String firstRow;
    Integer ballots;
    final List<TallyEntry> entries = new ArrayList<>();
    final Map<String, String> rows = new LinkedHashMap<>();

    Unit(String firstRow) {
      this.firstRow = firstRow;
    }
  }

  private static Integer integer(String value, String column) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(value).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new InvalidInputException(column + "应为整数，不是“" + value + "”");
    }
  }

  private static BigDecimal decimal(String value) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(SCORE + "应为数字，不是“" + value + "”");
    }
  }
}
