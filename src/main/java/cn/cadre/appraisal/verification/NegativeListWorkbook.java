package cn.cadre.appraisal.verification;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.evaluation.Finding;
import cn.cadre.appraisal.evaluation.Severity;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.spreadsheet.InvalidSheetException;
import cn.cadre.appraisal.spreadsheet.Sheets;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An office's negative list as an .xlsx, and back: offices keep their registers in spreadsheets.
 * The download lists every cadre of the round with the office's entries; the office fills in
 * 有无负面清单事项 (有/无) and the item columns and uploads it. Every row is checked first, each error
 * names its row (第N行), and nothing is written unless the whole sheet is right; a cadre left out of
 * the sheet keeps their entry.
 */
@Service
public class NegativeListWorkbook {

  static final String CODE = "干部编码";
  static final String HAS_ITEMS = "有无负面清单事项";
  static final String ITEMS = "事项说明";
  static final String SEVERITY = "严重程度";
  static final String AFFECTS = "影响考核等次";
  static final String VETO = "一票否决";
  static final String INVESTIGATION = "正在接受审查调查";
  static final List<String> HEADER = List.of(CODE, "姓名", "单位", "职务", HAS_ITEMS, ITEMS, SEVERITY, AFFECTS, VETO,
      INVESTIGATION);

  private final NegativeListService lists;

  public NegativeListWorkbook(NegativeListService lists) {
    this.lists = lists;
  }

  @Transactional(readOnly = true)
  public byte[] export(Long campaignId, String officeCode, Viewer viewer) {
    List<NegativeListRow> rows = lists.allRows(campaignId, officeCode, viewer);
    return Sheets.write("负面清单", HEADER, sheet -> {
      int n = 1;
      for (NegativeListRow r : rows) {
        Sheets.values(sheet.createRow(n++), r.cadreCode(), r.cadreName(), r.unitName(), r.position(),
            r.hasItems() ? "有" : "无", r.items(), r.severityLabel(), yes(r, r.affectsGrade()), yes(r, r.vetoItem()),
            yes(r, r.underInvestigation()));
      }
      if (!rows.isEmpty()) {
        choices(sheet, 4, rows.size(), "有", "无");
        choices(sheet, 6, rows.size(), "一般", "较重", "严重");
        for (int c = 7; c <= 9; c++) {
          choices(sheet, c, rows.size(), "是", "否");
        }
      }
      sheet.createFreezePane(2, 1);
      for (int c = 0; c < HEADER.size(); c++) {
        sheet.setColumnWidth(c, (c == 5 ? 40 : c == 2 ? 24 : 14) * 256);
      }
    });
  }

  /** Reads the uploaded sheet and applies it; answers how many entries changed. */
  @Transactional
  public int upload(Long campaignId, String officeCode, InputStream xlsx, Viewer viewer) {
    Map<String, NegativeListRow> current = new LinkedHashMap<>();
    lists.allRows(campaignId, officeCode, viewer).forEach(r -> current.put(r.cadreCode(), r));
    List<String> errors = new ArrayList<>();
    Map<String, Finding> entries = new LinkedHashMap<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<String> read = List.of(CODE, HAS_ITEMS, ITEMS, SEVERITY, AFFECTS, VETO, INVESTIGATION);
    Sheets.read(xlsx, read, "负面清单页面", (number, cells) -> {
      String code = cells.get(CODE);
      if (read.stream().allMatch(c -> cells.get(c).isEmpty())) {
        return;
      }
      NegativeListRow now = Sheets.cadreOfRow(number, code, current, NegativeListRow::cadreName, seen, errors);
      if (now == null) {
        return;
      }
      try {
        entries.put(code, finding(cells));
      } catch (InvalidInputException e) {
        errors.add(Sheets.row(number, now.cadreName() + "：" + e.getMessage()));
      }
    });
    if (!errors.isEmpty()) {
      throw new InvalidSheetException(errors);
    }
    return lists.applyAll(campaignId, officeCode, entries, viewer);
  }

  private static Finding finding(Map<String, String> v) {
    String has = v.get(HAS_ITEMS);
    boolean items;
    if (has.equals("有")) {
      items = true;
    } else if (has.equals("无") || has.isEmpty()) {
      items = false;
    } else {
      throw new InvalidInputException(HAS_ITEMS + "应填“有”或“无”，不是“" + has + "”");
    }
    boolean affects = flag(v, AFFECTS);
    boolean veto = flag(v, VETO);
    boolean investigation = flag(v, INVESTIGATION);
    Severity severity = NegativeListService.severity(v.get(SEVERITY));
    if (!items) {
      if (!v.get(ITEMS).isEmpty() || severity != null || affects || veto || investigation) {
        throw new InvalidInputException(HAS_ITEMS + "为“无”时，事项说明、严重程度和各项标记应为空");
      }
      return Finding.none();
    }
    if (v.get(ITEMS).length() > 4000) {
      throw new InvalidInputException("事项说明不能超过4000字");
    }
    return new Finding(true, v.get(ITEMS), severity, affects, veto, investigation);
  }

  private static boolean flag(Map<String, String> v, String column) {
    String value = v.get(column);
    if (value.isEmpty() || value.equals("否")) {
      return false;
    }
    if (value.equals("是")) {
      return true;
    }
    throw new InvalidInputException(column + "应填“是”或“否”，不是“" + value + "”");
  }

  private static void choices(Sheet sheet, int column, int rows, String... values) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    var validation = helper.createValidation(helper.createExplicitListConstraint(values),
        new CellRangeAddressList(1, rows, column, column));
    validation.setShowErrorBox(true);
    sheet.addValidationData(validation);
  }

  private static String yes(NegativeListRow r, boolean flag) {
    return r.hasItems() ? (flag ? "是" : "否") : null;
  }
}
