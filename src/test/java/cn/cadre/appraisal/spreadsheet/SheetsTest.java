package cn.cadre.appraisal.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * What every export shares: the header row frozen and bold, columns as wide as their text (Chinese
 * counting double), numbers as numbers, and text that looks like a formula (=, +, -, @) kept as text,
 * so that Excel never runs a name or a comment someone typed.
 */
class SheetsTest {

  @Test
  void formulaLookingTextStaysText_headerFrozen_columnsFitted() throws Exception {
    List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"点此\")", "+1+1", "-2+3", "@SUM(A1)");
    byte[] xlsx = Sheets.write("导出", List.of("序号", "内容", "很长的单位名称列"), sheet -> {
      int n = 0;
      for (String text : hostile) {
        n++;
        Sheets.values(sheet.createRow(n), n, text, "中共示范县委组织部干部监督科（考核办公室）");
      }
    });
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      for (int r = 1; r <= hostile.size(); r++) {
        assertThat(sheet.getRow(r).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(sheet.getRow(r).getCell(1).getCellType()).as("row %d", r).isEqualTo(CellType.STRING);
        assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo(hostile.get(r - 1));
      }
      // 20 Chinese characters and two brackets: about 44 characters wide; a number column stays narrow
      assertThat(sheet.getColumnWidth(2) / 256).isBetween(40, 48);
      assertThat(sheet.getColumnWidth(0) / 256).isBetween(6, 10);
    }
  }
}
