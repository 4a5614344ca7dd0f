package cn.cadre.appraisal.routine;

import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.spreadsheet.InvalidSheetException;
import cn.cadre.appraisal.spreadsheet.Sheets;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's routine scoring sheet as .xlsx and back: a hundred cadres are scored in a spreadsheet, not
 * in a hundred forms. One row per cadre; rows left without score and key tasks are not entered. Every
 * row is checked first and errors name their rows; nothing is written unless the whole sheet is right.
 */
@Service
public class RoutineWorkbook {

  static final String CODE = "编码";
  static final String SCORE = "得分";
  static final String KEY_TASKS = "重点任务完成情况";
  static final String COMMENT = "评语";
  static final String EARLY_SIGNS = "苗头性倾向性问题";
  static final String WEAKNESS = "短板";
  static final List<String> HEADER = List.of(CODE, "姓名", "职务", SCORE, KEY_TASKS, COMMENT, EARLY_SIGNS, WEAKNESS);

  private final RoutineScoreService scores;

  public RoutineWorkbook(RoutineScoreService scores) {
    this.scores = scores;
  }

  @Transactional(readOnly = true)
  public byte[] export(Long roundId, String unitCode, Viewer viewer) {
    RoutineSheetView view = scores.sheet(roundId, unitCode, viewer);
    return Sheets.write("平时考核评分", HEADER, sheet -> {
      int n = 1;
      for (RoutineSheetView.Row r : view.rows()) {
        Sheets.values(sheet.createRow(n++), r.code(), r.name(), r.position(),
            r.score() == null ? null : r.score().doubleValue(), r.keyTasks(), r.comment(),
            r.score() == null ? null : r.earlySigns() ? "是" : "否", r.weakness());
      }
      sheet.createFreezePane(2, 1);
      int[] widths = {12, 12, 22, 8, 48, 36, 16, 20};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
    });
  }

  /** Reads the uploaded sheet of one unit and saves it; answers the unit's sheet as it now stands. */
  @Transactional
  public RoutineSheetView upload(Long roundId, String unitCode, InputStream xlsx, Viewer viewer) {
    scores.checkScorer(roundId, unitCode, viewer);
    List<String> errors = new ArrayList<>();
    List<RoutineEntry> entries = new ArrayList<>();
    Map<RoutineEntry, String> rows = new IdentityHashMap<>();
    Sheets.read(xlsx, List.of(CODE, SCORE, KEY_TASKS, COMMENT, EARLY_SIGNS, WEAKNESS), "平时考核评分页面", (number, cells) -> {
      String code = cells.get(CODE);
      if (cells.get(SCORE).isEmpty() && cells.get(KEY_TASKS).isEmpty()) {
        return; // not scored yet
      }
      String where = "第" + number + "行：";
      if (code.isEmpty()) {
        errors.add(where + "干部编码为空");
        return;
      }
      BigDecimal score = null;
      if (!cells.get(SCORE).isEmpty()) {
        try {
          score = new BigDecimal(cells.get(SCORE));
        } catch (NumberFormatException e) {
          errors.add(where + SCORE + "应为 0–100 的数字，不是“" + cells.get(SCORE) + "”");
          return;
        }
      }
      String signs = cells.get(EARLY_SIGNS);
      if (!signs.isEmpty() && !signs.equals("是") && !signs.equals("否")) {
        errors.add(where + EARLY_SIGNS + "应填“是”或“否”，不是“" + signs + "”");
        return;
      }
      RoutineEntry entry = new RoutineEntry(code, score, cells.get(KEY_TASKS), cells.get(COMMENT), signs.equals("是"),
          cells.get(WEAKNESS));
      entries.add(entry);
      rows.put(entry, where);
    });
    if (!errors.isEmpty()) {
      throw new InvalidSheetException(errors);
    }
    if (entries.isEmpty()) {
      throw new InvalidSheetException(List.of("表中没有填写任何评分"));
    }
    try {
      return scores.save(roundId, unitCode, entries, viewer, rows::get);
    } catch (InvalidInputException e) {
      if (e instanceof InvalidSheetException sheet) {
        throw sheet;
      }
      throw new InvalidSheetException(e.problems());
    }
  }
}
