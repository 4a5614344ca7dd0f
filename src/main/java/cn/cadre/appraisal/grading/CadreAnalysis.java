package cn.cadre.appraisal.grading;

/** What the appraisal team submits at comprehensive analysis (综合分析研判) for one cadre. */
public record CadreAnalysis(String proposedGrade, String reason, String problems, String suggestions,
                            boolean potentialForPromotion, boolean earlySignProblems, String weaknessTopic) {}
