package cn.cadre.appraisal.process.engine;

import java.util.Map;
import java.util.Set;

/**
 * What the holder of each kind of user task may read from it, written out by hand per role: the
 * reviewed statement of "what a role may know" (DOMAIN.md, Discipline). The guard derives what it
 * lets through from the task's form; ProcessVariableGuardTest fails when a form or model offers more
 * than this table, when a task reads more, or when a user task in processes/ has no row here.
 */
public final class TaskReadAllowList {

  public enum Role { CADRE, APPRAISAL_TEAM, ORG_DEPT, OFFICE, COMMITTEE, TALK_LEADER }

  public record Row(Role role, Set<String> readable) {}

  private static Row row(Role role, String... names) {
    return new Row(role, Set.of(names));
  }

  private static final Row TALK_SCHEDULE = row(Role.ORG_DEPT,
      "subjectName", "talkKindLabel", "talkReason", "talkAt", "place", "talkLeader", "leaderOptions");
  private static final Row TALK_HELD = row(Role.TALK_LEADER,
      "subjectName", "talkKindLabel", "talkAt", "place", "talkReason", "talkRecord");
  private static final Row TALK_ACKNOWLEDGED = row(Role.CADRE,
      "talkKindLabel", "talkAt", "leaderName", "acknowledged", "cadreStatement");
  private static final Row TRAINING_ASSIGNED = row(Role.ORG_DEPT,
      "subjectName", "trainingKindLabel", "topic", "className", "startsOn", "endsOn", "place");
  private static final Row TRAINING_CONFIRMED = row(Role.CADRE,
      "className", "startsOn", "endsOn", "place", "attendance", "leaveReason");
  private static final Row TRAINING_RECORDED = row(Role.ORG_DEPT,
      "subjectName", "className", "trainingOutcome", "trainingComment");
  private static final Row COMMITTEE_DECISION = row(Role.COMMITTEE,
      "subjectName", "basis", "finalGradeLabel", "proposalSummary", "decision", "decisionReason");
  private static final Row SPECIAL_STAGE = row(Role.APPRAISAL_TEAM,
      "basis", "stageLabel", "heldOn", "participants", "stageSummary");
  private static final Row TERM_CHECK = row(Role.ORG_DEPT,
      "basis", "stageLabel", "targets", "checkReport", "checkProblems");
  private static final Row CADRE_ANALYSIS = row(Role.APPRAISAL_TEAM,
      "cadreName", "decisionGradeLabel", "decisionReason", "reviewNote", "openRectifications", "routineScores", "specialConclusions", "annualScore",
      "proposedGrade",
      "proposalReason", "problems", "suggestions", "potentialForPromotion", "earlySignProblems", "weaknessTopic");

  public static final Map<String, Row> ROWS = Map.ofEntries(
      // escalation.bpmn: the late holder explains; org-dept reviews
      Map.entry("Task_ExplainLateTask", row(Role.CADRE, "lateTaskName", "explanation", "explanationComment")),
      Map.entry("Task_ReviewExplanation", row(Role.ORG_DEPT, "lateTaskName", "responsibleName", "explanation",
          "explanationReview", "explanationComment")),
      // unit-appraisal.bpmn
      Map.entry("Task_TeamSummaryReport", row(Role.CADRE, "unitName", "teamReportText")),
      Map.entry("Task_SelfReport", row(Role.CADRE, "reportText", "reviewComment")),
      Map.entry("Task_ReviewSelfReports", row(Role.APPRAISAL_TEAM, "campaignId", "unitCode", "unitName")),
      Map.entry("Task_Interviews", row(Role.APPRAISAL_TEAM, "campaignId", "unitCode", "unitName")),
      Map.entry("Task_TeamAnalysis", row(Role.APPRAISAL_TEAM, "unitName", "decisionTeamGradeLabel", "decisionReason",
          "openRectifications", "proposedTeamGrade", "proposalReason", "problems", "suggestions")),
      Map.entry("Task_ComprehensiveAnalysis", CADRE_ANALYSIS),
      // appraisal-campaign.bpmn
      Map.entry("Task_EnterTallies", row(Role.ORG_DEPT, "campaignId", "talliesNote")),
      Map.entry("Task_NegativeList", row(Role.OFFICE, "campaignId", "officeCode", "officeName", "confirmAllClear",
          "lateExplanation")),
      Map.entry("Task_Calibration", row(Role.ORG_DEPT, "campaignId", "quotaStatus", "calibrationNote")),
      Map.entry("Task_Approval", row(Role.COMMITTEE, "campaignId", "approvalSummary", "approvalDecision", "approvalReason")),
      Map.entry("Task_Reanalysis", CADRE_ANALYSIS),
      Map.entry("Task_ResolveObjection", row(Role.ORG_DEPT,
          "objectionCadreName", "objectionText", "objectionResolution", "correctedGrade", "resolutionNote")),
      // result-application.bpmn
      Map.entry("Task_NominateCandidate", row(Role.ORG_DEPT,
          "subjectName", "basis", "finalGradeLabel", "consecutiveExcellentYears", "nomination", "nominationReason")),
      Map.entry("Task_DecidePromotion", COMMITTEE_DECISION),
      Map.entry("Task_AssignProgressiveTraining", TRAINING_ASSIGNED),
      Map.entry("Task_ConfirmProgressiveTraining", TRAINING_CONFIRMED),
      Map.entry("Task_RecordProgressiveTraining", TRAINING_RECORDED),
      Map.entry("Task_AssignTopicTraining", TRAINING_ASSIGNED),
      Map.entry("Task_ConfirmTopicTraining", TRAINING_CONFIRMED),
      Map.entry("Task_RecordTopicTraining", TRAINING_RECORDED),
      Map.entry("Task_ScheduleReminderTalk", TALK_SCHEDULE),
      Map.entry("Task_HoldReminderTalk", TALK_HELD),
      Map.entry("Task_AcknowledgeReminderTalk", TALK_ACKNOWLEDGED),
      Map.entry("Task_ScheduleAdmonitionTalk", TALK_SCHEDULE),
      Map.entry("Task_HoldAdmonitionTalk", TALK_HELD),
      Map.entry("Task_AcknowledgeAdmonitionTalk", TALK_ACKNOWLEDGED),
      Map.entry("Task_ProposeAdjustment", row(Role.ORG_DEPT,
          "subjectName", "currentPosition", "finalGradeLabel", "proposal", "newPosition", "proposalReason")),
      Map.entry("Task_DecideAdjustment", COMMITTEE_DECISION),
      Map.entry("Task_ProposeDemotion", row(Role.ORG_DEPT,
          "subjectName", "currentPosition", "finalGradeLabel", "newPosition", "proposalReason")),
      Map.entry("Task_DecideDemotion", COMMITTEE_DECISION),
      Map.entry("Task_ListRectification", row(Role.ORG_DEPT,
          "subjectName", "problems", "rectificationItems", "rectificationDeadline")),
      Map.entry("Task_ReportRectification", row(Role.CADRE,
          "rectificationItemsShown", "rectificationDeadline", "completionReport", "unfinishedItems")),
      Map.entry("Task_CheckRectification", row(Role.ORG_DEPT,
          "rectificationItemsShown", "completionReport", "unfinishedItems", "checkResult", "checkComment")),
      Map.entry("Task_ScheduleTeamSummons", TALK_SCHEDULE),
      Map.entry("Task_ConfirmTalentPool", row(Role.ORG_DEPT,
          "subjectName", "basis", "poolName", "problems", "poolConfirmation", "poolReason")),
      Map.entry("Task_ProposeAccountability", row(Role.ORG_DEPT,
          "subjectName", "basis", "problems", "accountabilityMeasure", "proposalReason")),
      Map.entry("Task_DecideAccountability", COMMITTEE_DECISION),
      Map.entry("Task_HoldTeamSummons", TALK_HELD),
      // routine-appraisal.bpmn
      // unit-scoring.bpmn
      Map.entry("Task_EnterIndicatorScores", row(Role.OFFICE, "scoringRoundId", "officeCode", "officeName", "roundTitle",
          "lateExplanation")),
      Map.entry("Task_ReviewUnitScores", row(Role.ORG_DEPT, "scoringRoundId", "roundTitle", "unitRanking", "flaggedSpreads",
          "halvingDecision", "halvedIndicators")),
      Map.entry("Task_ScoreUnit", row(Role.ORG_DEPT, "routineRoundId", "unitCode", "unitName", "roundTitle")),
      // special-appraisal.bpmn
      Map.entry("Task_RecordCheckpoint", row(Role.APPRAISAL_TEAM,
          "basis", "heldOn", "participants", "stageSummary", "taskFinished")),
      Map.entry("Task_HearReport", SPECIAL_STAGE),
      Map.entry("Task_IndividualInterviews", SPECIAL_STAGE),
      Map.entry("Task_SiteInspection", SPECIAL_STAGE),
      Map.entry("Task_GroupDiscussion", SPECIAL_STAGE),
      Map.entry("Task_OfficeOpinion", row(Role.OFFICE, "basis", "askedName", "opinion", "concerns")),
      Map.entry("Task_PrincipalOpinion", row(Role.CADRE, "basis", "askedName", "opinion", "concerns")),
      Map.entry("Task_ConcludeCadre", row(Role.APPRAISAL_TEAM, "basis", "cadreName", "conclusion", "poolName",
          "talentPoolOptions", "statement")),
      Map.entry("Task_ConcludeTeam", row(Role.APPRAISAL_TEAM, "basis", "unitName", "commended", "teamStatement")),
      // field-stay.bpmn
      Map.entry("Task_RecordStayTalks", row(Role.APPRAISAL_TEAM, "basis", "talksHeld", "talkedHardPosts",
          "talkedQuietWorkers", "talkedSetbacks", "talkedLongInPost", "talkSummary")),
      Map.entry("Task_RecordStayVisits", row(Role.APPRAISAL_TEAM, "basis", "siteVisits")),
      Map.entry("Task_RecordStayOutputs", row(Role.APPRAISAL_TEAM, "basis", "unitCadres", "analysisReport",
          "doingWell", "doingBadly", "stayProblems", "goodPractices")),
      // term-appraisal.bpmn
      Map.entry("Task_TermSelfCheck", row(Role.CADRE, "basis", "targets", "selfCheckReport", "unmetTargets")),
      Map.entry("Task_ExpertVerification", row(Role.APPRAISAL_TEAM, "basis", "targets", "selfCheckReport",
          "unmetTargets", "verificationReport", "verifiedUnmetTargets", "verificationProblems")),
      Map.entry("Task_TermSpotCheck", TERM_CHECK),
      Map.entry("Task_TermSiteInspection", TERM_CHECK),
      Map.entry("Task_DecideTermGrade", row(Role.COMMITTEE, "basis", "termSummary", "proposedTermGradeLabel",
          "termGradeReason", "problemList", "termDecision", "termGrade", "termDecisionReason")));

  /**
   * Confidential facts and routing facts: each is read by name from every task, and only a task
   * whose row lists it (the interview lists its own findings, the office its own items) gets it.
   */
  public static final Set<String> CONFIDENTIAL = Set.of("interviewFindings", "excellentVotes", "competentVotes", "basicVotes",
      "incompetentVotes", "politicalScore", "paths", "pathDecisions", "potentialForPromotion", "appraisalTeamMembers",
      "reviewComment", "reportText", "decisionReason", "finalGrade", "proposalSummary", "negativeItems", "cadreUserId",
      "evaluationByBallot", "cadreNames", "talkLeader");

  private TaskReadAllowList() {}
}
