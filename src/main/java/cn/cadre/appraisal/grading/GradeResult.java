package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.shared.TeamGrade;

import cn.cadre.appraisal.evaluation.CadreEvidence;

/**
 * One line of a round's results: a cadre's or a team's grades as they stand, the scores behind
 * them (cadres: share of 优秀 votes and political score) and the flags raised.
 */
public record GradeResult(String subject, String unitCode, String unitName, String cadreCode, String cadreName,
                          String status, String decisionGrade, String proposedGrade, String finalGrade,
                          String finalGradeLabel, Double excellentShare, Double politicalScore, boolean needsReview,
                          boolean potentialForPromotion, boolean earlySignProblems, String weaknessTopic,
                          cn.cadre.appraisal.scoring.AnnualScore annualScore, String annualScoreText) {

  static GradeResult of(GradeRecord r, CadreEvidence evidence, cn.cadre.appraisal.scoring.AnnualScore annualScore) {
    boolean cadre = r.getCadre() != null;
    String label = r.getFinalGrade() == null ? null
        : cadre ? Grade.valueOf(r.getFinalGrade()).label() : TeamGrade.valueOf(r.getFinalGrade()).label();
    return new GradeResult(cadre ? "CADRE" : "TEAM", r.getUnit().getCode(), r.getUnit().getName(),
        cadre ? r.getCadre().getCode() : null, cadre ? r.getCadre().getName() : null, status(r), r.getDecisionGrade(),
        r.getProposedGrade(), r.getFinalGrade(), label,
        evidence == null ? null : evidence.excellentShare(), evidence == null ? null : evidence.politicalScore(),
        r.isNeedsReview(), r.isPotentialForPromotion(), r.isEarlySignProblems(), r.getWeaknessTopic(), annualScore,
        annualScore == null ? null : annualScore.describe());
  }

  /** DECIDED (rules only), PROPOSED (by the appraisal team), FINAL. */
  private static String status(GradeRecord r) {
    return r.getFinalGrade() != null ? "FINAL" : r.getProposedGrade() != null ? "PROPOSED" : "DECIDED";
  }
}
