package cn.cadre.appraisal.application;

/**
 * What result-application.dmn decides on for one final grade, and what the tasks show: the
 * cadre's (or, for a team, the unit's) result with last years' grades and the analysis flags.
 */
public record ResultFacts(long gradeRecordId, long campaignId, int year, String businessKey, boolean team,
                          String subjectName, String recipientUserId, String currentPosition,
                          String finalGrade, String finalGradeLabel, int consecutiveExcellentYears,
                          boolean potentialForPromotion, boolean earlySignProblems, String weaknessTopic,
                          boolean problemsFound, String problems, String teamGrade, boolean isPrincipal,
                          boolean promotionBarred) {}
