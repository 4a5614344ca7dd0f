package cn.cadre.appraisal.evaluation;

/**
 * What the stages found about one cadre, in the terms the grading rules use. Vote shares are
 * between 0 and 1; politicalScore is null when no political-quality evaluation was entered.
 */
public record CadreEvidence(Double politicalScore, double excellentShare, double basicShare,
                            double incompetentShare, boolean vetoItem, boolean underInvestigation,
                            int gradeAffectingItems, boolean earlySignProblems, String weaknessTopic) {}
