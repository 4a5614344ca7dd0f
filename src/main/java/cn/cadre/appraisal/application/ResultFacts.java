package cn.cadre.appraisal.application;

/**
 * What result-application.dmn decides on for one subject, and what the tasks show: the cadre's (or,
 * for a team, the unit's) finding with where it came from (source, basis), the annual grade and
 * last years' grades where there is one, and the flags the analysis or the routine scorer set.
 */
public record ResultFacts(long subjectId, ResultSource source, Long campaignId, int year, String businessKey,
                          boolean team, String subjectName, String recipientUserId, String currentPosition,
                          String basis, String finalGrade, String finalGradeLabel, int consecutiveExcellentYears,
                          boolean potentialForPromotion, boolean earlySignProblems, String weaknessTopic,
                          boolean problemsFound, String problems, String teamGrade, boolean isPrincipal,
                          boolean promotionBarred, boolean doingWell, String conclusion, String poolName) {}
