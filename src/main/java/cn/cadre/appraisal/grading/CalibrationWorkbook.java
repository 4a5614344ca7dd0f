package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.shared.Grade;

import cn.cadre.appraisal.spreadsheet.InvalidSheetException;
import cn.cadre.appraisal.spreadsheet.Sheets;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    List<CalibrationRow> rows = calibration.allRows(campaignId);
    return Sheets.write("统筹校准", HEADER, sheet -> {
      int n = 1;
      for (CalibrationRow r : rows) {
        Sheets.values(sheet.createRow(n++), r.cadreCode(), r.cadreName(), r.unitName(), r.category(), r.position(),
            r.principal() ? "正职" : "副职", r.group(), r.rulesGrade(), r.rulesReason(), r.analysisGrade(),
            r.excellentVotes(), r.competentVotes(), r.basicVotes(), r.incompetentVotes(),
            r.excellentShare() == null ? null : Math.round(r.excellentShare() * 1000) / 10.0 + "%",
            r.politicalScore() == null ? null : r.politicalScore().doubleValue(), yes(r.needsReview()), yes(r.veto()),
            yes(r.underInvestigation()), r.grade(), r.calibrationReason());
      }
      sheet.createFreezePane(2, 1);
      for (int c : new int[] {0, 1, 2, 6, 19, 20}) {
        sheet.setColumnWidth(c, (c == 20 ? 40 : 16) * 256);
      }
    });
  }

  /** Reads the uploaded sheet and applies its changes; returns the quota afterwards. */
  @Transactional
  public Uploaded upload(Long campaignId, InputStream xlsx, String actor) {
    Map<String, CalibrationRow> current = new LinkedHashMap<>();
    calibration.allRows(campaignId).forEach(r -> current.put(r.cadreCode(), r));
    List<String> errors = new ArrayList<>();
    List<CalibrationChange> changes = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    Sheets.read(xlsx, List.of(CODE, GRADE, REASON), "校准表", (number, cells) -> {
      String code = cells.get(CODE);
      String grade = cells.get(GRADE);
      String reason = cells.get(REASON);
      if (code.isEmpty() && grade.isEmpty() && reason.isEmpty()) {
        return;
      }
      CalibrationRow now = Sheets.cadreOfRow(number, code, current, CalibrationRow::cadreName, seen, errors);
      if (now == null) {
        return;
      }
      Grade parsed;
      try {
        parsed = Grade.parse(grade);
      } catch (InvalidInputException e) {
        errors.add(Sheets.row(number, now.cadreName() + "：" + e.getMessage()));
        return;
      }
      if (!parsed.label().equals(now.grade())) {
        if (reason.isEmpty() || reason.equals(now.calibrationReason())) {
          errors.add(Sheets.row(number, now.cadreName() + "：等次由" + now.grade() + "调整为" + parsed.label()
              + "，必须填写调整理由"));
          return;
        }
        changes.add(new CalibrationChange(code, parsed.name(), reason));
      }
    });
    if (!errors.isEmpty()) {
      throw new InvalidSheetException(errors);
    }
    if (changes.isEmpty()) {
      return new Uploaded(0, calibration.quota(campaignId));
    }
    try {
      return new Uploaded(changes.size(), calibration.applyChanges(campaignId, changes, actor));
    } catch (InvalidInputException e) {
      throw new InvalidSheetException(List.of(e.getMessage()));
    }
  }

  /** How many grades the upload changed, and the quota afterwards. */
  public record Uploaded(int changed, QuotaStatus quota) {}

  private static String yes(boolean flag) {
    return flag ? "是" : "";
  }
}
