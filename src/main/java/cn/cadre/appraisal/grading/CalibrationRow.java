package cn.cadre.appraisal.grading;

import java.math.BigDecimal;

/**
 * One cadre in the round's calibration table, as the organisation department and the committee read
 * it: grades in Chinese, the comparison group ("like with like"), the rules' and the team's view,
 * the votes behind them and the offices' flags.
 */
public record CalibrationRow(String cadreCode, String cadreName, String unitCode, String unitName, String category,
    String position, boolean principal, String group, String rulesGrade, String rulesReason, boolean needsReview,
    String analysisGrade, String grade, String calibrationReason, Integer excellentVotes, Integer competentVotes,
    Integer basicVotes, Integer incompetentVotes, Double excellentShare, BigDecimal politicalScore, boolean veto,
    boolean underInvestigation, boolean sendBack) {

  /** Changed at calibration: the grade now differs from what the appraisal team proposed. */
  public boolean changed() {
    return analysisGrade != null && !analysisGrade.equals(grade);
  }
}
