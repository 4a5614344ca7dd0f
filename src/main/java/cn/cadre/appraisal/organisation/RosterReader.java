package cn.cadre.appraisal.organisation;

import cn.cadre.appraisal.organisation.Roster.Problem;
import cn.cadre.appraisal.organisation.Roster.Row;
import cn.cadre.appraisal.organisation.Roster.Sheet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a roster from JSON, CSV parts or an Excel workbook into rows of text, numbered as the user
 * sees them. Only the shape is checked here (unknown columns, a file that cannot be read); values
 * are checked by {@link RosterImport}.
 */
public final class RosterReader {

  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  private final Map<Sheet, List<Row>> rows = new EnumMap<>(Sheet.class);
  private final List<Problem> problems = new ArrayList<>();

  private RosterReader() {}

  /** {"units":[{...}], "cadres":[...], "staff":[...]}; a list value (groups) may be an array. */
  public static Roster fromJson(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw invalid("请求体应为 JSON 对象，含 units、cadres、staff 数组");
    }
    RosterReader reader = new RosterReader();
    body.fields().forEachRemaining(entry -> {
      Sheet sheet = reader.sheet(entry.getKey());
      if (!entry.getValue().isArray()) {
        throw invalid(entry.getKey() + " 应为数组");
      }
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < entry.getValue().size(); i++) {
        rows.add(reader.jsonRow(sheet, entry.getKey(), i + 1, entry.getValue().get(i)));
      }
      reader.rows.put(sheet, rows);
    });
    return reader.roster();
  }

  /** CSV parts by name (units, cadres, staff or their Chinese names): UTF-8, a BOM is tolerated, header row first. */
  public static Roster fromCsv(Map<String, byte[]> parts) {
    RosterReader reader = new RosterReader();
    parts.forEach((name, bytes) -> reader.table(reader.sheet(name), name, csvLines(name, bytes)));
    return reader.roster();
  }

  /** An .xlsx workbook with sheets units/单位, cadres/干部, staff/工作人员; other sheets are ignored. */
  public static Roster fromExcel(InputStream xlsx) {
    Map<String, SortedMap<Integer, List<String>>> tabs = new LinkedHashMap<>();
    try (Workbook workbook = new XSSFWorkbook(xlsx)) {
      DataFormatter formatter = new DataFormatter();
      FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
      for (org.apache.poi.ss.usermodel.Sheet tab : workbook) {
        if (Sheet.named(tab.getSheetName()).isEmpty()) {
          continue; // e.g. a sheet of instructions
        }
        SortedMap<Integer, List<String>> lines = new TreeMap<>();
        for (org.apache.poi.ss.usermodel.Row row : tab) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            cells.add(cellText(row.getCell(c), formatter, formulas));
          }
          lines.put(row.getRowNum() + 1, cells);
        }
        tabs.put(tab.getSheetName(), lines);
      }
    } catch (IOException | RuntimeException e) {
      throw invalid("无法读取 Excel 文件（应为 .xlsx）: " + e.getMessage());
    }
    if (tabs.isEmpty()) {
      throw invalid("Excel 文件中没有 units（单位）、cadres（干部）或 staff（工作人员）工作表");
    }
    RosterReader reader = new RosterReader();
    tabs.forEach((name, lines) -> reader.table(reader.sheet(name), name, lines));
    return reader.roster();
  }

  private Sheet sheet(String name) {
    Sheet sheet = Sheet.named(name)
        .orElseThrow(() -> invalid("未知的名单 '" + name + "'，应为 units（单位）、cadres（干部）、staff（工作人员）"));
    if (rows.containsKey(sheet)) {
      throw invalid("名单 '" + name + "' 重复");
    }
    return sheet;
  }

  private Row jsonRow(Sheet sheet, String label, int number, JsonNode node) {
    Map<String, String> fields = new LinkedHashMap<>();
    Row row = new Row(sheet, label, number, fields);
    if (!node.isObject()) {
      problems.add(new Problem(row, "应为 JSON 对象"));
      return row;
    }
    node.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue();
      if (!sheet.fields().contains(field.getKey())) {
        problems.add(new Problem(row, unknown("字段", field.getKey(), sheet)));
      } else if (value.isArray()) {
        fields.put(field.getKey(), String.join(",", StreamSupport.stream(value.spliterator(), false)
            .map(JsonNode::asText).toList()));
      } else if (!value.isNull()) {
        fields.put(field.getKey(), value.asText());
      }
    });
    return row;
  }

  /** A table whose first line is the header; blank lines are skipped but keep their numbers. */
  private void table(Sheet sheet, String label, SortedMap<Integer, List<String>> lines) {
    List<Row> table = new ArrayList<>();
    rows.put(sheet, table);
    if (lines.isEmpty()) {
      return;
    }
    int headerNumber = lines.firstKey();
    List<String> header = lines.get(headerNumber).stream().map(String::strip).toList();
    Row headerRow = new Row(sheet, label, headerNumber, Map.of());
    header.stream().filter(c -> !c.isEmpty()).distinct().forEach(column -> {
      if (!sheet.fields().contains(column)) {
        problems.add(new Problem(headerRow, unknown("列", column, sheet)));
      } else if (header.indexOf(column) != header.lastIndexOf(column)) {
        problems.add(new Problem(headerRow, "列 '" + column + "' 重复"));
      }
    });
    lines.tailMap(headerNumber + 1).forEach((number, cells) -> {
      Map<String, String> fields = new LinkedHashMap<>();
      for (int c = 0; c < Math.min(header.size(), cells.size()); c++) {
        if (sheet.fields().contains(header.get(c)) && !cells.get(c).isBlank()) {
          fields.put(header.get(c), cells.get(c));
        }
      }
      if (!fields.isEmpty()) {
        table.add(new Row(sheet, label, number, fields));
      }
    });
  }

  private static SortedMap<Integer, List<String>> csvLines(String name, byte[] bytes) {
    String text;
    try {
      // Strict decoding: a GBK file (Excel's default "CSV" in China) is refused instead of garbled.
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw invalid(name + ": CSV 文件不是 UTF-8 编码（在 Excel 中请另存为“CSV UTF-8”）");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    SortedMap<Integer, List<String>> lines = new TreeMap<>();
    try {
      List<String[]> records = CSV.readerFor(String[].class).<String[]>readValues(text).readAll();
      for (int i = 0; i < records.size(); i++) {
        lines.put(i + 1, Arrays.asList(records.get(i)));
      }
    } catch (IOException | RuntimeException e) {
      throw invalid(name + ": 无法读取 CSV: " + e.getMessage());
    }
    return lines;
  }

  private static String cellText(Cell cell, DataFormatter formatter, FormulaEvaluator formulas) {
    if (cell == null) {
      return "";
    }
    // A date cell becomes ISO (1975-03-01) whatever its display format.
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    return formatter.formatCellValue(cell, formulas);
  }

  private static String unknown(String what, String name, Sheet sheet) {
    return "未知" + what + " '" + name + "'，应为 " + String.join("、", sheet.fields());
  }

  private Roster roster() {
    return new Roster(rows, problems);
  }

  private static RosterValidationException invalid(String message) {
    return new RosterValidationException(List.of(message));
  }
}
