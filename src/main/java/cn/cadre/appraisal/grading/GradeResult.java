package cn.cadre.appraisal.grading;

/** One line of a round's results: a cadre's or a team's grades as they stand, with the flags raised. */
public record GradeResult(String subject, String unitCode, String unitName, String cadreCode, String cadreName,
                          String decisionGrade, String proposedGrade, String finalGrade, String finalGradeLabel,
                          boolean needsReview, boolean potentialForPromotion, boolean earlySignProblems,
                          String weaknessTopic) {

  static GradeResult of(GradeRecord r) {
    boolean cadre = r.getCadre() != null;
    String label = r.getFinalGrade() == null ? null
        : cadre ? Grade.valueOf(r.getFinalGrade()).label() : TeamGrade.valueOf(r.getFinalGrade()).label();
    return new GradeResult(cadre ? "CADRE" : "TEAM", r.getUnit().getCode(), r.getUnit().getName(),
        cadre ? r.getCadre().getCode() : null, cadre ? r.getCadre().getName() : null, r.getDecisionGrade(),
        r.getProposedGrade(), r.getFinalGrade(), label, r.isNeedsReview(), r.isPotentialForPromotion(),
        r.isEarlySignProblems(), r.getWeaknessTopic());
  }
}
