package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.campaign.CampaignProcess;
import cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess;

/**
 * The ids and variable names of processes/result-application.bpmn that code depends on;
 * ResultApplicationProcessTest fails when the model loses one.
 */
public final class ResultApplicationProcess {

  public static final String KEY = "ResultApplicationProcess";
  public static final String RESOURCE = "result-application.bpmn";
  public static final String DECISION_KEY = "ResultApplication";

  public static final String BUSINESS_RULE_TASK_DECIDE_PATHS = "BusinessRuleTask_DecidePaths";
  public static final String GATEWAY_PATHS = "Gateway_Paths";
  public static final String END_EVENT_NOTHING_OPENED = "EndEvent_NothingOpened";

  public static final String TASK_NOMINATE_CANDIDATE = "Task_NominateCandidate";
  public static final String TASK_DECIDE_PROMOTION = "Task_DecidePromotion";
  public static final String TASK_CONCLUDE_PROMOTION = "Task_ConcludePromotion";
  public static final String TASK_ISSUE_COMMENDATION = "Task_IssueCommendation";
  public static final String TASK_AWARD_MERIT = "Task_AwardMerit";
  public static final String TASK_ASSIGN_PROGRESSIVE_TRAINING = "Task_AssignProgressiveTraining";
  public static final String TASK_SEND_PROGRESSIVE_TRAINING_NOTICE = "Task_SendProgressiveTrainingNotice";
  public static final String TASK_CONFIRM_PROGRESSIVE_TRAINING = "Task_ConfirmProgressiveTraining";
  public static final String TASK_RECORD_PROGRESSIVE_TRAINING = "Task_RecordProgressiveTraining";
  public static final String TASK_ASSIGN_TOPIC_TRAINING = "Task_AssignTopicTraining";
  public static final String TASK_SEND_TOPIC_TRAINING_NOTICE = "Task_SendTopicTrainingNotice";
  public static final String TASK_CONFIRM_TOPIC_TRAINING = "Task_ConfirmTopicTraining";
  public static final String TASK_RECORD_TOPIC_TRAINING = "Task_RecordTopicTraining";
  public static final String TASK_SCHEDULE_REMINDER_TALK = "Task_ScheduleReminderTalk";
  public static final String TASK_SEND_REMINDER_TALK_NOTICE = "Task_SendReminderTalkNotice";
  public static final String TASK_HOLD_REMINDER_TALK = "Task_HoldReminderTalk";
  public static final String TASK_ACKNOWLEDGE_REMINDER_TALK = "Task_AcknowledgeReminderTalk";
  public static final String TASK_SCHEDULE_ADMONITION_TALK = "Task_ScheduleAdmonitionTalk";
  public static final String TASK_SEND_ADMONITION_TALK_NOTICE = "Task_SendAdmonitionTalkNotice";
  public static final String TASK_HOLD_ADMONITION_TALK = "Task_HoldAdmonitionTalk";
  public static final String TASK_ACKNOWLEDGE_ADMONITION_TALK = "Task_AcknowledgeAdmonitionTalk";
  public static final String TASK_PROPOSE_ADJUSTMENT = "Task_ProposeAdjustment";
  public static final String TASK_DECIDE_ADJUSTMENT = "Task_DecideAdjustment";
  public static final String TASK_CONCLUDE_ADJUSTMENT = "Task_ConcludeAdjustment";
  public static final String TASK_PROPOSE_DEMOTION = "Task_ProposeDemotion";
  public static final String TASK_DECIDE_DEMOTION = "Task_DecideDemotion";
  public static final String TASK_CONCLUDE_DEMOTION = "Task_ConcludeDemotion";
  public static final String TASK_LIST_RECTIFICATION = "Task_ListRectification";
  public static final String TASK_SEND_RECTIFICATION_NOTICE = "Task_SendRectificationNotice";
  public static final String TASK_REPORT_RECTIFICATION = "Task_ReportRectification";
  public static final String TASK_CHECK_RECTIFICATION = "Task_CheckRectification";
  public static final String TASK_RECORD_PROMOTION_BAR = "Task_RecordPromotionBar";
  public static final String TASK_SCHEDULE_TEAM_SUMMONS = "Task_ScheduleTeamSummons";
  public static final String TASK_SEND_TEAM_SUMMONS_NOTICE = "Task_SendTeamSummonsNotice";
  public static final String TASK_HOLD_TEAM_SUMMONS = "Task_HoldTeamSummons";
  public static final String TASK_CONFIRM_TALENT_POOL = "Task_ConfirmTalentPool";
  public static final String TASK_ENTER_TALENT_POOL = "Task_EnterTalentPool";
  public static final String TASK_PROPOSE_ACCOUNTABILITY = "Task_ProposeAccountability";
  public static final String TASK_DECIDE_ACCOUNTABILITY = "Task_DecideAccountability";
  public static final String TASK_CONCLUDE_ACCOUNTABILITY = "Task_ConcludeAccountability";

  public static final String VAR_CAMPAIGN_ID = CampaignProcess.VAR_CAMPAIGN_ID;
  /** Instances started before result subjects existed carry only this; see LegacySubjectIds. */
  public static final String VAR_GRADE_RECORD_ID = "gradeRecordId";
  public static final String VAR_SUBJECT_ID = "subjectId";
  public static final String VAR_SOURCE = "source";
  /** A special appraisal's conclusion on the subject (COMMEND, PROMOTE, NOT_NOW), null for other sources. */
  public static final String VAR_CONCLUSION = "conclusion";
  public static final String VAR_CADRE_USER_ID = UnitAppraisalProcess.VAR_CADRE_USER_ID;
  public static final String VAR_PATH = "path";
  public static final String VAR_PATHS = "paths";
  public static final String VAR_PATH_DECISIONS = "pathDecisions";
  public static final String VAR_TEAM_GRADE = "teamGrade";
  public static final String VAR_LEADER_OPTIONS = "leaderOptions";

  private ResultApplicationProcess() {}
}
