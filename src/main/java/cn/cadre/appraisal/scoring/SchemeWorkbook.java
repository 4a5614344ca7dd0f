package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.spreadsheet.InvalidSheetException;
import cn.cadre.appraisal.spreadsheet.Sheets;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scheme as .xlsx, the way these tables are passed around: the first sheet lists the indicators, the
 * sheet 体系设置 holds year, category, formula and the papers' weights. What is exported imports back
 * unchanged; an import creates the year's scheme for the category or replaces it while it is unused.
 */
@Service
public class SchemeWorkbook {

  static final String SETTINGS = "体系设置";
  static final String CODE = "指标编码";
  static final String NAME = "指标名称";
  static final String PAPER = "类别";
  static final String KIND = "性质";
  static final String FULL = "满分";
  static final String WEIGHT = "权重";
  static final String OFFICE = "责任单位编码";
  static final String OFFICE_NAME = "责任单位";
  static final String METHOD = "计分方法";
  static final String TARGET = "目标值";
  static final String UNIT = "个性指标单位编码";
  static final String HALVED = "分值减半";
  static final String HALVED_REASON = "减半原因";
  static final List<String> HEADER = List.of(CODE, NAME, PAPER, KIND, FULL, WEIGHT, OFFICE, OFFICE_NAME, METHOD, TARGET,
      UNIT, HALVED, HALVED_REASON);

  static final String YEAR = "年度";
  static final String CATEGORY = "单位类别";
  static final String SCHEME_NAME = "名称";
  static final String FORMULA = "计分公式";
  static final String BASE = "党建得分基数";

  private final IndicatorSchemeService schemes;

  SchemeWorkbook(IndicatorSchemeService schemes) {
    this.schemes = schemes;
  }

  @Transactional(readOnly = true)
  public byte[] export(long id) {
    SchemeView s = schemes.get(id);
    return Sheets.write("考核指标", HEADER, sheet -> {
      int n = 1;
      for (SchemeView.IndicatorView i : s.indicators()) {
        Sheets.values(sheet.createRow(n++), i.code(), i.name(), i.paperLabel(), i.kindLabel(),
            i.kind().equals(IndicatorKind.VETO.name()) || i.kind().equals(IndicatorKind.LOWER_GRADE.name())
                ? null : i.fullPoints(), i.weight(), i.office(), i.officeName(), i.methodLabel(), i.target(), i.unit(),
            i.halved() ? "是" : null, i.halvedReason());
      }
      sheet.createFreezePane(2, 1);
      int[] widths = {10, 28, 12, 12, 8, 8, 14, 14, 12, 10, 16, 10, 30};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
    }, workbook -> {
      Sheet settings = workbook.createSheet(SETTINGS);
      int r = 0;
      Sheets.values(settings.createRow(r++), YEAR, s.year());
      Sheets.values(settings.createRow(r++), CATEGORY, s.categoryLabel());
      Sheets.values(settings.createRow(r++), SCHEME_NAME, s.name());
      Sheets.values(settings.createRow(r++), FORMULA, s.formulaLabel());
      Sheets.values(settings.createRow(r++), BASE, s.partyBuildingBase());
      for (Paper paper : Paper.values()) {
        Sheets.values(settings.createRow(r++), paper.label() + WEIGHT, s.paperWeights().get(paper.name()));
      }
      settings.setColumnWidth(0, 16 * 256);
      settings.setColumnWidth(1, 40 * 256);
    });
  }

  /** Creates the scheme the workbook describes, or replaces that year's and category's while it is unused. */
  @Transactional
  public SchemeView importScheme(byte[] xlsx, Viewer viewer) {
    IndicatorSchemeService.requireOrgDept(viewer);
    Map<String, String> settings = Sheets.readPairs(xlsx, SETTINGS);
    List<String> errors = new ArrayList<>();
    if (settings.isEmpty()) {
      errors.add("缺少工作表“" + SETTINGS + "”（年度、单位类别、计分公式、各考卷权重），请使用导出的文件");
    }
    List<SchemeRequest.IndicatorRequest> indicators = new ArrayList<>();
    Sheets.read(new ByteArrayInputStream(xlsx), List.of(CODE, NAME, PAPER, KIND, FULL, WEIGHT, OFFICE, METHOD, TARGET,
        UNIT), "指标体系导出", (number, cells) -> {
      if (cells.values().stream().allMatch(String::isEmpty)) {
        return;
      }
      int before = errors.size();
      BigDecimal full = number(cells, FULL, number, errors);
      BigDecimal weight = number(cells, WEIGHT, number, errors);
      BigDecimal target = number(cells, TARGET, number, errors);
      String halved = cells.getOrDefault(HALVED, "");
      if (!halved.isEmpty() && !halved.equals("是") && !halved.equals("否")) {
        errors.add(Sheets.row(number, HALVED + "应填“是”或“否”，不是“" + halved + "”"));
      }
      if (errors.size() == before) {
        indicators.add(new SchemeRequest.IndicatorRequest(cells.get(CODE), cells.get(NAME), cells.get(PAPER),
            cells.get(KIND), full, weight, cells.get(OFFICE), cells.get(METHOD), target, cells.get(UNIT),
            halved.equals("是"), cells.getOrDefault(HALVED_REASON, "")));
      }
    });
    Map<String, BigDecimal> paperWeights = new LinkedHashMap<>();
    Integer year = null;
    BigDecimal base = null;
    try {
      year = settings.getOrDefault(YEAR, "").isEmpty() ? null : Integer.valueOf(settings.get(YEAR));
    } catch (NumberFormatException e) {
      errors.add(SETTINGS + "：年度应为数字，不是“" + settings.get(YEAR) + "”");
    }
    try {
      base = settings.getOrDefault(BASE, "").isEmpty() ? null : new BigDecimal(settings.get(BASE));
    } catch (NumberFormatException e) {
      errors.add(SETTINGS + "：" + BASE + "应为数字，不是“" + settings.get(BASE) + "”");
    }
    for (Paper paper : Paper.values()) {
      String value = settings.getOrDefault(paper.label() + WEIGHT, "");
      if (!value.isEmpty()) {
        try {
          paperWeights.put(paper.name(), new BigDecimal(value));
        } catch (NumberFormatException e) {
          errors.add(SETTINGS + "：" + paper.label() + WEIGHT + "应为数字，不是“" + value + "”");
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidSheetException(errors);
    }
    SchemeRequest request = new SchemeRequest(year, settings.get(CATEGORY), settings.get(SCHEME_NAME),
        settings.get(FORMULA), base, paperWeights, indicators);
    try {
      SchemeRules.Checked checked = schemes.check(request);
      var existing = schemes.schemeFor(checked.year(), checked.category());
      return existing.isPresent() ? schemes.replace(existing.get().getId(), request, viewer)
          : schemes.create(request, viewer);
    } catch (InvalidInputException e) {
      if (e instanceof InvalidSheetException sheet) {
        throw sheet;
      }
      throw new InvalidSheetException(e.problems());
    }
  }

  private static BigDecimal number(Map<String, String> cells, String column, int row, List<String> errors) {
    String value = cells.getOrDefault(column, "");
    if (value.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      errors.add(Sheets.row(row, column + "应为数字，不是“" + value + "”"));
      return null;
    }
  }
}
