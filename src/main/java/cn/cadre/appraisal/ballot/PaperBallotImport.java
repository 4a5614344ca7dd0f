package cn.cadre.appraisal.ballot;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.evaluation.Scores;

import cn.cadre.appraisal.spreadsheet.InvalidSheetException;
import cn.cadre.appraisal.campaign.BallotWindow;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.shared.TeamGrade;
import cn.cadre.appraisal.campaign.RoundCadres;
import cn.cadre.appraisal.organisation.Cadre;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 纸质选票导入: the paper ballots of one unit's evaluation meeting, counted into an Excel sheet by
 * the organisation department.
 *
 * <p>Format: the first sheet of an .xlsx workbook; its first row is the header, with these columns
 * in any order (other columns are ignored):
 * <ul>
 *   <li>{@code 选票编号} — the paper ballot's number; the rows with the same number make one ballot;</li>
 *   <li>{@code 干部编码} — the cadre rated on the row; empty on a row that only carries the team's rating;</li>
 *   <li>{@code 总体评价} — 优秀 / 称职 / 基本称职 / 不称职 (or EXCELLENT / COMPETENT /
 *       BASICALLY_COMPETENT / INCOMPETENT);</li>
 *   <li>{@code 德}, {@code 能}, {@code 勤}, {@code 绩}, {@code 廉}, {@code 政治素质} — integers 0–100;</li>
 *   <li>{@code 班子评价} — 好 / 较好 / 一般 / 差 (or GOOD / FAIRLY_GOOD / AVERAGE / POOR), given once
 *       per ballot on any of its rows.</li>
 * </ul>
 * Each ballot rates every cadre of the unit exactly once. Blank rows are skipped. Every row is
 * checked before anything is written; a bad row is reported as "第N行: …" with N the row number
 * Excel shows (the header is row 1), a problem of a whole ballot with the ballot's first row, and
 * then nothing is written.
 */
@Service
public class PaperBallotImport {

  static final String BALLOT_NO = "选票编号";
  static final String CADRE = "干部编码";
  static final String OVERALL = "总体评价";
  static final String TEAM = "班子评价";
  static final String POLITICAL = "政治素质";
  static final List<String> DIMENSIONS = List.of("德", "能", "勤", "绩", "廉");
  static final List<String> COLUMNS = List.of(BALLOT_NO, CADRE, OVERALL, "德", "能", "勤", "绩", "廉", POLITICAL, TEAM);

  private static final Map<String, String> OVERALL_VALUES = new HashMap<>();
  private static final Map<String, String> TEAM_VALUES = new HashMap<>();

  static {
    for (Grade g : List.of(Grade.EXCELLENT, Grade.COMPETENT, Grade.BASICALLY_COMPETENT, Grade.INCOMPETENT)) {
      OVERALL_VALUES.put(g.label(), g.name());
      OVERALL_VALUES.put(g.name(), g.name());
    }
    for (TeamGrade g : TeamGrade.values()) {
      TEAM_VALUES.put(g.label(), g.name());
      TEAM_VALUES.put(g.name(), g.name());
    }
  }

  private final BallotService ballots;
  private final CampaignService campaigns;
  private final RoundCadres roundCadres;

  public PaperBallotImport(BallotService ballots, CampaignService campaigns, RoundCadres roundCadres) {
    this.ballots = ballots;
    this.campaigns = campaigns;
    this.roundCadres = roundCadres;
  }

  /** What was recorded: the unit, the number of ballots and of cadre ratings on them. */
  public record Imported(String unitCode, int ballots, int ratings) {}

  /**
   * Reads and checks every row, then records every ballot in this one transaction. A closed window
   * is refused before the file is read (IllegalStateException); any bad row throws
   * {@link InvalidSheetException} and writes nothing.
   */
  @Transactional
  public Imported importBallots(Long campaignId, String unitCode, InputStream xlsx) {
    if (unitCode == null || unitCode.isBlank()) {
      throw new InvalidInputException("unit 不能为空");
    }
    BallotWindow window = campaigns.ballotWindow(campaignId, unitCode);
    if (window.closed()) {
      throw new ConflictException(window.unit().getName() + "的民主测评已结束，不再接受选票");
    }
    Map<String, Cadre> cadres = new LinkedHashMap<>();
    roundCadres.cadresOf(campaignId, window.unit()).forEach(c -> cadres.put(c.getCode(), c));

    List<String> errors = new ArrayList<>();
    Map<String, PaperBallot> read = read(xlsx, cadres, errors);
    if (read.isEmpty() && errors.isEmpty()) {
      errors.add("表中没有选票");
    }
    for (PaperBallot ballot : read.values()) {
      ballot.checkWhole(cadres, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidSheetException(sorted(errors));
    }

    int ratings = 0;
    for (PaperBallot ballot : read.values()) {
      try {
        ballots.recordPaperBallot(campaignId, unitCode, ballot.submission());
        ratings += ballot.ratings.size();
      } catch (InvalidInputException e) { // a rule checked only there: the transaction rolls back below
        errors.add(row(ballot.firstRow, "选票 " + ballot.number + " " + e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidSheetException(sorted(errors));
    }
    return new Imported(unitCode, read.size(), ratings);
  }

  // ---- reading ----------------------------------------------------------------------------

  private static Map<String, PaperBallot> read(InputStream xlsx, Map<String, Cadre> cadres, List<String> errors) {
    Map<String, PaperBallot> ballots = new LinkedHashMap<>();
    try (Workbook workbook = new XSSFWorkbook(xlsx)) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new InvalidSheetException(List.of("Excel 文件中没有工作表"));
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
      Map<String, Integer> columns = null;
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
          cells.add(text(row.getCell(c), formatter, formulas));
        }
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        int number = row.getRowNum() + 1;
        if (columns == null) {
          columns = header(number, cells);
          continue;
        }
        readRow(number, fields(columns, cells), cadres, ballots, errors);
      }
      if (columns == null) {
        throw new InvalidSheetException(List.of("第一个工作表是空的，应有表头：" + String.join("、", COLUMNS)));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidSheetException invalid) {
        throw invalid;
      }
      throw new InvalidSheetException(List.of("无法读取 Excel 文件（应为 .xlsx）: " + e.getMessage()));
    }
    return ballots;
  }

  private static Map<String, Integer> header(int number, List<String> cells) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      String name = cells.get(c);
      if (COLUMNS.contains(name) && columns.putIfAbsent(name, c) != null) {
        problems.add(row(number, "列 '" + name + "' 重复"));
      }
    }
    List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      problems.add(row(number, "表头缺少列 " + String.join("、", missing) + "（应有 " + String.join("、", COLUMNS) + "）"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidSheetException(problems);
    }
    return columns;
  }

  private static Map<String, String> fields(Map<String, Integer> columns, List<String> cells) {
    Map<String, String> fields = new HashMap<>();
    columns.forEach((name, c) -> fields.put(name, c < cells.size() ? cells.get(c) : ""));
    return fields;
  }

  private static void readRow(int number, Map<String, String> f, Map<String, Cadre> cadres,
      Map<String, PaperBallot> ballots, List<String> errors) {
    List<String> problems = new ArrayList<>();
    String ballotNo = f.get(BALLOT_NO);
    if (ballotNo.isEmpty()) {
      problems.add("选票编号为空");
    }
    String team = null;
    if (!f.get(TEAM).isEmpty()) {
      team = TEAM_VALUES.get(f.get(TEAM).toUpperCase(Locale.ROOT));
      if (team == null) {
        problems.add("班子评价必须是 好、较好、一般 或 差: " + f.get(TEAM));
      }
    }
    String code = f.get(CADRE);
    BallotSubmission.CadreRating rating = null;
    boolean ratingGiven = COLUMNS.subList(2, 9).stream().anyMatch(c -> !f.get(c).isEmpty());
    if (code.isEmpty()) {
      if (ratingGiven) {
        problems.add("干部编码为空，但填写了评价");
      } else if (f.get(TEAM).isEmpty()) {
        problems.add("干部编码和班子评价都为空");
      }
    } else {
      if (!cadres.containsKey(code)) {
        problems.add("干部编码 " + code + " 不是本单位的测评对象");
      }
      String overall = OVERALL_VALUES.get(f.get(OVERALL).toUpperCase(Locale.ROOT));
      if (overall == null) {
        problems.add("总体评价必须是 优秀、称职、基本称职 或 不称职: " + f.get(OVERALL));
      }
      List<Integer> scores = new ArrayList<>();
      for (String dimension : DIMENSIONS) {
        scores.add(score(dimension, f.get(dimension), problems));
      }
      Integer political = score(POLITICAL, f.get(POLITICAL), problems);
      rating = new BallotSubmission.CadreRating(code, overall,
          new Scores(scores.get(0), scores.get(1), scores.get(2), scores.get(3), scores.get(4)), political);
    }
    if (ballotNo.isEmpty()) {
      problems.forEach(p -> errors.add(row(number, p)));
      return;
    }
    PaperBallot ballot = ballots.computeIfAbsent(ballotNo, n -> new PaperBallot(n, number));
    if (team != null) {
      if (ballot.team != null && !ballot.team.equals(team)) {
        problems.add("选票 " + ballotNo + " 的班子评价已在第" + ballot.teamRow + "行填写为 "
            + TeamGrade.valueOf(ballot.team).label() + "，不能再填 " + f.get(TEAM));
      } else if (ballot.team == null) {
        ballot.team = team;
        ballot.teamRow = number;
      }
    }
    if (rating != null && cadres.containsKey(code)) {
      Integer earlier = ballot.rows.putIfAbsent(code, number);
      if (earlier != null) {
        problems.add("选票 " + ballotNo + " 已在第" + earlier + "行评价过干部 " + code);
      }
    }
    if (problems.isEmpty() && rating != null) {
      ballot.ratings.add(rating);
    }
    problems.forEach(p -> errors.add(row(number, p)));
  }

  /** An integer 0–100; "95" or "95.0" but not "95.5". */
  private static Integer score(String what, String text, List<String> problems) {
    try {
      int value = new BigDecimal(text).intValueExact();
      if (value >= 0 && value <= 100) {
        return value;
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below
    }
    problems.add(what + "评分必须是0到100之间的整数: " + (text.isEmpty() ? "（空）" : text));
    return null;
  }

  private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator formulas) {
    return cell == null ? "" : formatter.formatCellValue(cell, formulas).strip();
  }

  static String row(int number, String message) {
    return "第" + number + "行: " + message;
  }

  /** By row number, in the order found within a row. */
  private static List<String> sorted(List<String> errors) {
    List<String> sorted = new ArrayList<>(errors);
    sorted.sort((a, b) -> Integer.compare(rowOf(a), rowOf(b)));
    return sorted;
  }

  private static int rowOf(String error) {
    int end = error.indexOf('行');
    try {
      return error.startsWith("第") && end > 1 ? Integer.parseInt(error.substring(1, end)) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The rows of one paper ballot. */
  private static final class PaperBallot {
    final String number;
    final int firstRow;
    final List<BallotSubmission.CadreRating> ratings = new ArrayList<>();
    final Map<String, Integer> rows = new LinkedHashMap<>();
    String team;
    int teamRow;

    PaperBallot(String number, int firstRow) {
      this.number = number;
      this.firstRow = firstRow;
    }

    /** What only the whole ballot shows: a missing team rating, a cadre not rated (named at its first row). */
    void checkWhole(Map<String, Cadre> cadres, List<String> errors) {
      List<String> problems = new ArrayList<>();
      if (team == null) {
        problems.add("选票 " + number + " 没有班子评价");
      }
      Set<String> missing = new LinkedHashSet<>();
      for (Cadre cadre : cadres.values()) {
        if (!rows.containsKey(cadre.getCode())) {
          missing.add(cadre.getName() + "（" + cadre.getCode() + "）");
        }
      }
      if (!missing.isEmpty()) {
        problems.add("选票 " + number + " 缺少对 " + String.join("、", missing) + " 的评价");
      }
      problems.forEach(p -> errors.add(row(firstRow, p)));
    }

    BallotSubmission submission() {
      return new BallotSubmission(null, List.copyOf(ratings), new BallotSubmission.TeamRating(team));
    }
  }
}
