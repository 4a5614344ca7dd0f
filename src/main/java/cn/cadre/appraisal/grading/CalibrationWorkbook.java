package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.spreadsheet.InvalidSheetException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calibration table as an .xlsx, and back: calibration is prepared in a meeting, on paper and in
 * spreadsheets. The download has every cadre of the round with what the table shows; the organisation
 * department edits 校准等次 and 调整理由 and uploads it. Every row is checked first and every error
 * names its row (第N行); nothing is written unless the whole sheet is right, and then only the rows
 * whose grade changed, each audited with its reason.
 */
@Service
public class CalibrationWorkbook {

  static final String CODE = "干部编码";
  static final String GRADE = "校准等次";
  static final String REASON = "调整理由";
  static final List<String> HEADER = List.of(CODE, "姓名", "单位", "单位类别", "职务", "正副职", "比较组", "决策表等次",
      "决策表理由", "研判建议", "优秀票", "称职票", "基本称职票", "不称职票", "优秀票比例", "政治素质得分", "需个别研判",
      "一票否决", "正在调查", GRADE, REASON);

  private final CalibrationService calibration;

  public CalibrationWorkbook(CalibrationService calibration) {
    this.calibration = calibration;
  }

  @Transactional(readOnly = true)
  public byte[] export(Long campaignId) {
    try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("统筹校准");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(HEADER.get(c));
        cell.setCellStyle(bold);
      }
      int n = 1;
      for (CalibrationRow r : calibration.allRows(campaignId)) {
        Row row = sheet.createRow(n++);
        Object[] values = {r.cadreCode(), r.cadreName(), r.unitName(), r.category(), r.position(),
            r.principal() ? "正职" : "副职", r.group(), r.rulesGrade(), r.rulesReason(), r.analysisGrade(),
            r.excellentVotes(), r.competentVotes(), r.basicVotes(), r.incompetentVotes(),
            r.excellentShare() == null ? null : Math.round(r.excellentShare() * 1000) / 10.0 + "%",
            r.politicalScore() == null ? null : r.politicalScore().doubleValue(), yes(r.needsReview()), yes(r.veto()),
            yes(r.underInvestigation()), r.grade(), r.calibrationReason()};
        for (int c = 0; c < values.length; c++) {
          Cell cell = row.createCell(c);
          if (values[c] instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else if (values[c] != null) {
            cell.setCellValue(values[c].toString());
          }
        }
      }
      sheet.createFreezePane(2, 1);
      for (int c : new int[] {0, 1, 2, 6, 19, 20}) {
        sheet.setColumnWidth(c, (c == 20 ? 40 : 16) * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the uploaded sheet and applies its changes; returns the quota afterwards. */
  @Transactional
  public Uploaded upload(Long campaignId, InputStream xlsx, String actor) {
    Map<String, CalibrationRow> current = new LinkedHashMap<>();
    calibration.allRows(campaignId).forEach(r -> current.put(r.cadreCode(), r));
    List<String> errors = new ArrayList<>();
    List<CalibrationChange> changes = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    try (Workbook workbook = new XSSFWorkbook(xlsx)) {
      Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
      if (sheet == null) {
        throw new InvalidSheetException(List.of("Excel 文件中没有工作表"));
      }
      DataFormatter formatter = new DataFormatter();
      Map<String, Integer> columns = null;
      for (Row row : sheet) {
        int number = row.getRowNum() + 1;
        if (columns == null) {
          columns = header(row, formatter, number);
          continue;
        }
        String code = text(row, columns.get(CODE), formatter);
        String grade = text(row, columns.get(GRADE), formatter);
        String reason = text(row, columns.get(REASON), formatter);
        if (code.isEmpty() && grade.isEmpty() && reason.isEmpty()) {
          continue;
        }
        CalibrationRow now = current.get(code);
        if (now == null) {
          errors.add(row(number, code.isEmpty() ? "干部编码为空" : "干部不在本轮考核中：" + code));
          continue;
        }
        Integer earlier = seen.put(code, number);
        if (earlier != null) {
          errors.add(row(number, now.cadreName() + "（" + code + "）与第" + earlier + "行重复"));
          continue;
        }
        Grade parsed;
        try {
          parsed = Grade.parse(grade);
        } catch (IllegalArgumentException e) {
          errors.add(row(number, now.cadreName() + "：" + e.getMessage()));
          continue;
        }
        if (!parsed.label().equals(now.grade())) {
          if (reason.isEmpty() || reason.equals(now.calibrationReason())) {
            errors.add(row(number, now.cadreName() + "：等次由" + now.grade() + "调整为" + parsed.label() + "，必须填写调整理由"));
            continue;
          }
          changes.add(new CalibrationChange(code, parsed.name(), reason));
        }
      }
      if (columns == null) {
        throw new InvalidSheetException(List.of("第一个工作表是空的，应有表头：" + String.join("、", HEADER)));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidSheetException invalid) {
        throw invalid;
      }
      throw new InvalidSheetException(List.of("无法读取 Excel 文件（应为 .xlsx）: " + e.getMessage()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSheetException(errors);
    }
    if (changes.isEmpty()) {
      return new Uploaded(0, calibration.quota(campaignId));
    }
    try {
      return new Uploaded(changes.size(), calibration.applyChanges(campaignId, changes, actor));
    } catch (IllegalArgumentException e) {
      throw new InvalidSheetException(List.of(e.getMessage()));
    }
  }

  /** How many grades the upload changed, and the quota afterwards. */
  public record Uploaded(int changed, QuotaStatus quota) {}

  private static Map<String, Integer> header(Row row, DataFormatter formatter, int number) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
      columns.putIfAbsent(text(row, c, formatter), c);
    }
    List<String> missing = List.of(CODE, GRADE, REASON).stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidSheetException(List.of(row(number, "表头缺少列 " + String.join("、", missing)
          + "（请使用从校准表下载的文件）")));
    }
    return columns;
  }

  private static String text(Row row, Integer column, DataFormatter formatter) {
    Cell cell = column == null ? null : row.getCell(column);
    return cell == null ? "" : formatter.formatCellValue(cell).strip();
  }

  private static String yes(boolean flag) {
    return flag ? "是" : "";
  }

  private static String row(int number, String message) {
    return "第" + number + "行：" + message;
  }
}
