package cn.cadre.appraisal.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the application's spreadsheets share: a sheet with a bold header row written out, and on the
 * way back the first sheet read row by row, columns found by their header, every error naming its
 * row as Excel shows it (第N行, the header being row 1).
 */
public final class Sheets {

  private Sheets() {}

  /**
   * A new workbook with one sheet and its bold header row, frozen so that it stays in view, filled by
   * {@code rows}, each column as wide as its longest value; answers the .xlsx.
   */
  public static byte[] write(String sheetName, List<String> header, Consumer<Sheet> rows) {
    return write(sheetName, header, rows, workbook -> { });
  }

  /** As {@link #write(String, List, Consumer)}, with {@code more} adding further sheets after the first. */
  public static byte[] write(String sheetName, List<String> header, Consumer<Sheet> rows, Consumer<Workbook> more) {
    try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row first = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        Cell cell = first.createCell(c);
        cell.setCellValue(header.get(c));
        cell.setCellStyle(bold);
      }
      sheet.createFreezePane(0, 1);
      rows.accept(sheet);
      fitColumns(sheet, header.size());
      more.accept(workbook);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Columns as wide as their longest text (a Chinese character counts as two), between 6 and 60
   * characters: what Excel's "auto fit" does, without the font metrics a server may lack.
   */
  static void fitColumns(Sheet sheet, int columns) {
    int[] widths = new int[columns];
    for (Row row : sheet) {
      for (int c = 0; c < columns; c++) {
        Cell cell = row.getCell(c);
        if (cell != null) {
          String text = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
              ? Double.toString(cell.getNumericCellValue()) : cell.toString();
          int width = text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
          widths[c] = Math.max(widths[c], width);
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      sheet.setColumnWidth(c, Math.min(60, Math.max(6, widths[c] + 2)) * 256);
    }
  }

  /** Writes a row's values: numbers as numbers, the rest as text (never a formula, whatever it starts with), nulls left empty. */
  public static void values(Row row, Object... values) {
    for (int c = 0; c < values.length; c++) {
      if (values[c] instanceof Number number) {
        row.createCell(c).setCellValue(number.doubleValue());
      } else if (values[c] != null) {
        row.createCell(c).setCellValue(values[c].toString());
      }
    }
  }

  /**
   * Reads the first sheet of an uploaded .xlsx: the header row must have the {@code required}
   * columns; each further row goes to {@code rows} with its number and its cells by column name.
   * A file that is no .xlsx, or has no sheet or no header, is an {@link InvalidSheetException}.
   */
  public static void read(InputStream xlsx, List<String> required, String source, RowReader rows) {
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
          columns = header(row, formatter, number, required, source);
          continue;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        List<String> formulas = new java.util.ArrayList<>();
        for (var column : columns.entrySet()) {
          Cell cell = row.getCell(column.getValue());
          if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
            formulas.add(column.getKey()); // a formula is not a value: never read, never passed on to an export
            continue;
          }
          cells.put(column.getKey(), cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        if (!formulas.isEmpty()) {
          throw new InvalidSheetException(List.of(row(number, "列 " + String.join("、", formulas)
              + " 是公式，请改为直接填写的数值或文字")));
        }
        rows.read(number, cells);
      }
      if (columns == null) {
        throw new InvalidSheetException(List.of("第一个工作表是空的，应有表头：" + String.join("、", required)));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidSheetException invalid) {
        throw invalid;
      }
      throw new InvalidSheetException(List.of("无法读取 Excel 文件（应为 .xlsx）: " + e.getMessage()));
    }
  }

  /**
   * The name–value pairs of the named sheet (column A the name, column B the value, blanks skipped), or
   * an empty map when the workbook has no such sheet.
   */
  public static Map<String, String> readPairs(byte[] xlsx, String sheetName) {
    try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheet(sheetName);
      Map<String, String> pairs = new LinkedHashMap<>();
      if (sheet == null) {
        return pairs;
      }
      DataFormatter formatter = new DataFormatter();
      for (Row row : sheet) {
        Cell name = row.getCell(0);
        Cell value = row.getCell(1);
        String key = name == null ? "" : formatter.formatCellValue(name).strip();
        if (!key.isEmpty()) {
          pairs.put(key, value == null ? "" : formatter.formatCellValue(value).strip());
        }
      }
      return pairs;
    } catch (IOException | RuntimeException e) {
      throw new InvalidSheetException(List.of("无法读取 Excel 文件（应为 .xlsx）: " + e.getMessage()));
    }
  }

  /**
   * The cadre a row names by its code, or null with the row's error added: no code, a cadre not in
   * the round, or a cadre named on an earlier row ({@code seen} keeps the rows read so far).
   */
  public static <T> T cadreOfRow(int number, String code, Map<String, T> cadres,
      java.util.function.Function<T, String> name, Map<String, Integer> seen, List<String> errors) {
    T cadre = cadres.get(code);
    if (cadre == null) {
      errors.add(row(number, code.isEmpty() ? "干部编码为空" : "干部不在本轮考核中：" + code));
      return null;
    }
    Integer earlier = seen.put(code, number);
    if (earlier != null) {
      errors.add(row(number, name.apply(cadre) + "（" + code + "）与第" + earlier + "行重复"));
      return null;
    }
    return cadre;
  }

  /** "第N行：message". */
  public static String row(int number, String message) {
    return "第" + number + "行：" + message;
  }

  /** One data row of an uploaded sheet: its number as Excel shows it, its cells by header (blank: ""). */
  @FunctionalInterface
  public interface RowReader {
    void read(int number, Map<String, String> cells);
  }

  private static Map<String, Integer> header(Row row, DataFormatter formatter, int number, List<String> required,
      String source) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
      Cell cell = row.getCell(c);
      String name = cell == null ? "" : formatter.formatCellValue(cell).strip();
      if (!name.isEmpty()) {
        columns.putIfAbsent(name, c);
      }
    }
    List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidSheetException(List.of(row(number, "表头缺少列 " + String.join("、", missing)
          + "（请使用从" + source + "下载的文件）")));
    }
    return columns;
  }
}
