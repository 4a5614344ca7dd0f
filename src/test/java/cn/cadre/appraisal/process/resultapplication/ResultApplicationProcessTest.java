package cn.cadre.appraisal.process.resultapplication;

import static cn.cadre.appraisal.process.resultapplication.ResultApplicationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * processes/result-application.bpmn with the real result-application.dmn: every path the table
 * opens is a branch with its own tasks, approvers and notice step. Domain services are mocked
 * (recorded), so the test shows the routing: who gets which task, in which order, and where it ends.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"processes/result-application.bpmn", "processes/result-application.dmn",
    "forms/nominate-candidate.form", "forms/decide-action.form", "forms/assign-training.form",
    "forms/confirm-training.form", "forms/record-training.form", "forms/schedule-talk.form", "forms/hold-talk.form",
    "forms/acknowledge-talk.form", "forms/propose-adjustment.form", "forms/propose-demotion.form",
    "forms/rectification-list.form", "forms/report-rectification.form", "forms/check-rectification.form",
    "forms/confirm-talent-pool.form", "forms/propose-accountability.form"})
class ResultApplicationProcessTest {

  ProcessEngine engine;
  private final List<String> recorded = new ArrayList<>();

  @BeforeEach
  void mockAdapters() {
    init(engine);
    for (String delegate : List.of("concludePromotionDelegate", "issueCommendationDelegate", "awardMeritDelegate",
        "trainingNoticeDelegate", "talkNoticeDelegate", "concludeAdjustmentDelegate", "concludeDemotionDelegate", "rectificationNoticeDelegate",
        "recordPromotionBarDelegate", "enterTalentPoolDelegate", "concludeAccountabilityDelegate")) {
      Mocks.register(delegate, (JavaDelegate) execution -> recorded.add(delegate + " " + execution.getVariable(VAR_PATH)));
    }
    for (String listener : List.of("nominateCandidateListener", "committeeDecisionListener", "assignTrainingListener",
        "confirmTrainingListener", "recordTrainingListener", "scheduleTalkListener", "holdTalkListener",
        "acknowledgeTalkListener", "proposeAdjustmentListener", "proposeDemotionListener", "listRectificationListener",
        "reportRectificationListener", "checkRectificationListener", "confirmTalentPoolListener",
        "proposeAccountabilityListener")) {
      Mocks.register(listener, (TaskListener) task -> recorded.add(listener + " " + task.getTaskDefinitionKey()));
    }
    Mocks.register("pathsDecidedListener", (ExecutionListener) execution -> {
      Map<String, String> opened = PathsDecidedListener.opened(execution);
      recorded.add("paths " + opened.keySet());
      PathsDecidedListener.handOver(execution, opened);
    });
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  // ---- paths, one test each --------------------------------------------------------------

  @Test
  void excellentWithPotential_isNominated_andTheCommitteeDecides() {
    ProcessInstance pi = start(cadre("EXCELLENT").with("potentialForPromotion", true));
    assertThat(recorded).contains("paths [PROMOTION, COMMENDATION, PROGRESSIVE_TRAINING]");

    Task nominate = task(TASK_NOMINATE_CANDIDATE);
    assertThat(nominate).hasCandidateGroup("org-dept").hasName("推荐提拔使用人选：张三");
    assertForm(nominate, "nominate-candidate");
    assertThat(nominate.getDueDate()).isNotNull();
    complete(nominate, withVariables("nomination", "nominate", "nominationReason", "实绩突出"));

    Task decide = task(TASK_DECIDE_PROMOTION);
    assertThat(decide).hasCandidateGroup("party-committee");
    complete(decide, withVariables("decision", "approve"));
    runJobs();

    assertThat(pi).hasPassedInOrder(TASK_NOMINATE_CANDIDATE, "Gateway_Nominated", TASK_DECIDE_PROMOTION,
        TASK_CONCLUDE_PROMOTION, "EndEvent_PromotionDecided", "EndEvent_PromotionDone");
    assertThat(recorded).containsSubsequence("nominateCandidateListener Task_NominateCandidate",
        "committeeDecisionListener Task_DecidePromotion", "concludePromotionDelegate PROMOTION");
  }

  @Test
  void candidateNotNominated_endsWithoutTheCommittee() {
    ProcessInstance pi = start(cadre("EXCELLENT").with("potentialForPromotion", true));
    complete(task(TASK_NOMINATE_CANDIDATE), withVariables("nomination", "decline", "nominationReason", "任职时间较短"));

    assertThat(pi).hasPassed("EndEvent_NotNominated").hasNotPassed(TASK_DECIDE_PROMOTION);
    assertThat(taskQuery().taskDefinitionKey(TASK_DECIDE_PROMOTION).count()).isZero();
  }

  @Test
  void excellent_isCommended_andNamedForProgressiveTraining() {
    ProcessInstance pi = start(cadre("EXCELLENT"));
    assertThat(recorded).contains("paths [COMMENDATION, PROGRESSIVE_TRAINING]");
    assertThat(pi).hasPassed(TASK_ISSUE_COMMENDATION, "EndEvent_Commended");
    assertThat(recorded).contains("issueCommendationDelegate null");

    walkTraining(pi, "Progressive");
    assertThat(pi).isEnded();
  }

  @Test
  void threeExcellentYearsInARow_earnThirdClassMerit() {
    ProcessInstance pi = start(cadre("EXCELLENT").with("consecutiveExcellentYears", 3));

    assertThat(recorded).contains("paths [COMMENDATION, MERIT, PROGRESSIVE_TRAINING]");
    assertThat(pi).hasPassed(TASK_AWARD_MERIT, "EndEvent_MeritAwarded", TASK_ISSUE_COMMENDATION);
  }

  @Test
  void twoExcellentYears_earnNoMerit() {
    ProcessInstance pi = start(cadre("EXCELLENT").with("consecutiveExcellentYears", 2));

    assertThat(pi).hasNotPassed(TASK_AWARD_MERIT);
  }

  @Test
  void namedWeakness_opensTopicTraining_andALeaveRequestSendsTheAssignmentBack() {
    ProcessInstance pi = start(cadre("COMPETENT").with("weaknessTopic", "群众工作能力"));
    assertThat(recorded).contains("paths [TOPIC_TRAINING]");

    Task assign = task(TASK_ASSIGN_TOPIC_TRAINING);
    assertThat(assign).hasCandidateGroup("org-dept");
    assertThat(runtimeService().getVariable(assign.getExecutionId(), "topic")).isEqualTo("群众工作能力");
    complete(assign, withVariables("className", "群众工作专题培训班"));
    runJobs();
    complete(task(TASK_CONFIRM_TOPIC_TRAINING), withVariables("attendance", "leave", "leaveReason", "防汛值班"));
    assertThat(task(TASK_ASSIGN_TOPIC_TRAINING)).isNotNull(); // assigned again, to a later class

    walkTraining(pi, "Topic");
    assertThat(pi).isEnded();
    assertThat(recorded).containsSubsequence("trainingNoticeDelegate TOPIC_TRAINING", "trainingNoticeDelegate TOPIC_TRAINING");
  }

  @Test
  void earlySignProblems_openAReminderTalk_heldByTheNamedLeader_andAcknowledged() {
    ProcessInstance pi = start(cadre("COMPETENT").with("earlySignProblems", true));
    assertThat(recorded).contains("paths [REMINDER_TALK]");

    walkTalk(pi, "ReminderTalk", true);
    assertThat(pi).isEnded().hasPassed("EndEvent_ReminderTalkDone");
  }

  @Test
  void basicallyCompetent_getsAnAdmonitionTalk_andAnAdjustmentProposal() {
    ProcessInstance pi = start(cadre("BASICALLY_COMPETENT"));
    assertThat(recorded).contains("paths [ADMONITION_TALK, ADJUSTMENT]");

    walkTalk(pi, "AdmonitionTalk", true);

    Task propose = task(TASK_PROPOSE_ADJUSTMENT);
    assertThat(propose).hasCandidateGroup("org-dept");
    complete(propose, withVariables("proposal", "propose", "newPosition", "县教育局副调研员", "proposalReason", "不适宜担任现职"));
    Task decide = task(TASK_DECIDE_ADJUSTMENT);
    assertThat(decide).hasCandidateGroup("party-committee");
    complete(decide, withVariables("decision", "reject", "decisionReason", "再观察一年"));
    runJobs();

    assertThat(pi).isEnded().hasPassedInOrder(TASK_PROPOSE_ADJUSTMENT, TASK_DECIDE_ADJUSTMENT, TASK_CONCLUDE_ADJUSTMENT);
    assertThat(recorded).contains("concludeAdjustmentDelegate ADJUSTMENT");
  }

  @Test
  void adjustmentNotProposed_endsWithoutTheCommittee() {
    ProcessInstance pi = start(cadre("BASICALLY_COMPETENT"));
    complete(task(TASK_PROPOSE_ADJUSTMENT), withVariables("proposal", "notPropose", "proposalReason", "诫勉谈话后观察"));

    assertThat(pi).hasPassed("EndEvent_AdjustmentNotProposed").hasNotPassed(TASK_DECIDE_ADJUSTMENT);
  }

  @Test
  void incompetent_isProposedForDemotion_andTheCommitteeDecides() {
    ProcessInstance pi = start(cadre("INCOMPETENT"));
    assertThat(recorded).contains("paths [DEMOTION]");

    complete(task(TASK_PROPOSE_DEMOTION), withVariables("newPosition", "县教育局一级主任科员", "proposalReason", "年度考核不称职"));
    Task decide = task(TASK_DECIDE_DEMOTION);
    assertThat(decide).hasCandidateGroup("party-committee");
    assertForm(decide, "decide-action");
    complete(decide, withVariables("decision", "approve"));
    runJobs();

    assertThat(pi).isEnded().hasPassedInOrder(TASK_PROPOSE_DEMOTION, TASK_DECIDE_DEMOTION, TASK_CONCLUDE_DEMOTION,
        "EndEvent_DemotionDone");
    assertThat(recorded).contains("concludeDemotionDelegate DEMOTION");
  }

  @Test
  void problemsFound_openARectificationList_reportedByTheCadre_returnedOnce_thenAccepted() {
    ProcessInstance pi = start(cadre("COMPETENT").with("problemsFound", true));
    assertThat(recorded).contains("paths [RECTIFICATION]");

    complete(task(TASK_LIST_RECTIFICATION), withVariables("rectificationItems", "调研不够\n台账不全"));
    runJobs();
    Task report = task(TASK_REPORT_RECTIFICATION);
    assertThat(report).isAssignedTo("c1001");
    complete(report, withVariables("completionReport", "已完成"));
    complete(task(TASK_CHECK_RECTIFICATION), withVariables("checkResult", "returned", "checkComment", "台账仍不全"));
    complete(task(TASK_REPORT_RECTIFICATION), withVariables("completionReport", "已补齐台账"));
    complete(task(TASK_CHECK_RECTIFICATION), withVariables("checkResult", "accepted"));

    assertThat(pi).isEnded().hasPassed(TASK_SEND_RECTIFICATION_NOTICE, "EndEvent_Rectified", "EndEvent_RectificationDone");
    assertThat(recorded).containsSubsequence("rectificationNoticeDelegate RECTIFICATION",
        "reportRectificationListener Task_ReportRectification", "checkRectificationListener Task_CheckRectification",
        "reportRectificationListener Task_ReportRectification", "checkRectificationListener Task_CheckRectification");
  }

  @Test
  void principalOfAnAverageTeam_isBarredFromPromotionForAYear() {
    ProcessInstance pi = start(cadre("COMPETENT").with("teamGrade", "AVERAGE").with("isPrincipal", true));

    assertThat(recorded).contains("paths [PROMOTION_BAR]", "recordPromotionBarDelegate null");
    assertThat(pi).isEnded().hasPassed(TASK_RECORD_PROMOTION_BAR, "EndEvent_PromotionBarred");
  }

  @Test
  void excellentPrincipalOfAPoorTeam_isNotNominated_butBarred() {
    ProcessInstance pi = start(cadre("EXCELLENT").with("potentialForPromotion", true).with("teamGrade", "POOR")
        .with("isPrincipal", true));

    assertThat(recorded).contains("paths [COMMENDATION, PROGRESSIVE_TRAINING, PROMOTION_BAR]");
    assertThat(pi).hasNotPassed(TASK_NOMINATE_CANDIDATE);
  }

  @Test
  void averageTeam_isSummoned_byTheNamedLeader() {
    ProcessInstance pi = start(team("AVERAGE"));
    assertThat(recorded).contains("paths [TEAM_SUMMONS]");

    walkTalk(pi, "TeamSummons", false);
    assertThat(pi).isEnded().hasPassed("EndEvent_TeamSummonsDone");
  }

  @Test
  void poorTeamWithProblems_isSummoned_andRectifies() {
    ProcessInstance pi = start(team("POOR").with("problemsFound", true));

    assertThat(recorded).contains("paths [RECTIFICATION, TEAM_SUMMONS]");
    assertThat(task(TASK_SCHEDULE_TEAM_SUMMONS)).hasCandidateGroup("org-dept");
    assertThat(task(TASK_LIST_RECTIFICATION)).hasCandidateGroup("org-dept");
    assertThat(pi).isNotEnded();
  }

  @Test
  void undetermined_opensNothing_evenWithEveryFlag() {
    ProcessInstance pi = start(cadre("UNDETERMINED").with("potentialForPromotion", true).with("earlySignProblems", true)
        .with("weaknessTopic", "x").with("problemsFound", true).with("consecutiveExcellentYears", 5));

    assertThat(recorded).containsExactly("paths []");
    assertThat(pi).isEnded().hasPassedInOrder(BUSINESS_RULE_TASK_DECIDE_PATHS, GATEWAY_PATHS, END_EVENT_NOTHING_OPENED);
  }

  @Test
  void plainCompetent_opensNothing() {
    ProcessInstance pi = start(cadre("COMPETENT"));

    assertThat(pi).isEnded().hasPassed(END_EVENT_NOTHING_OPENED);
  }

  // ---- findings of a routine appraisal act at once (source ROUTINE, no annual grade) ----------

  @Test
  void routineEarlySigns_openAReminderTalkAtOnce() {
    ProcessInstance pi = start(routine().with("earlySignProblems", true));
    assertThat(recorded).contains("paths [REMINDER_TALK]");

    walkTalk(pi, "ReminderTalk", true);
    assertThat(pi).isEnded().hasPassed("EndEvent_ReminderTalkDone");
  }

  @Test
  void routineWeakness_opensTopicTraining() {
    ProcessInstance pi = start(routine().with("weaknessTopic", "应急处置能力"));
    assertThat(recorded).contains("paths [TOPIC_TRAINING]");

    walkTraining(pi, "Topic");
    assertThat(pi).isEnded();
  }

  @Test
  void routineProblems_openRectification() {
    start(routine().with("problemsFound", true).with("problems", "基层调研不足"));

    assertThat(recorded).contains("paths [RECTIFICATION]");
    assertThat(task(TASK_LIST_RECTIFICATION)).hasCandidateGroup("org-dept");
  }

  @Test
  void routineDoingWell_isProposedAsAPromotionCandidate_unlessBarred() {
    start(routine().with("doingWell", true));
    assertThat(recorded).contains("paths [PROMOTION]");
    assertThat(task(TASK_NOMINATE_CANDIDATE)).hasCandidateGroup("org-dept");

    recorded.clear();
    start(routine().with("doingWell", true).with("promotionBarred", true));
    assertThat(recorded).contains("paths []");
  }

  @Test
  void routineFindingsNeverOpenAnAnnualGradesPaths() {
    // a principal whose routine finding came with an 优秀-like record opens only what the finding says
    ProcessInstance pi = start(routine().with("earlySignProblems", true).with("isPrincipal", true)
        .with("potentialForPromotion", true).with("consecutiveExcellentYears", 3));

    assertThat(recorded).contains("paths [REMINDER_TALK]");
    assertThat(pi).hasNotPassed(TASK_ISSUE_COMMENDATION, TASK_AWARD_MERIT);
  }

  @Test
  void routineWithoutAFlag_opensNothing() {
    ProcessInstance pi = start(routine());

    assertThat(pi).isEnded().hasPassed(END_EVENT_NOTHING_OPENED);
  }

  // ---- a special appraisal's conclusions (source SPECIAL) ---------------------------------------

  @Test
  void specialTalentPool_isConfirmedByOrgDept_thenEntered() {
    ProcessInstance pi = start(special("TALENT_POOL").with("poolName", "外事干部人才库"));
    assertThat(recorded).contains("paths [TALENT_POOL]");

    Task confirm = task(TASK_CONFIRM_TALENT_POOL);
    assertThat(confirm).hasCandidateGroup("org-dept");
    assertForm(confirm, "confirm-talent-pool");
    complete(confirm, withVariables("poolConfirmation", "confirm"));
    runJobs();
    assertThat(pi).isEnded().hasPassedInOrder(TASK_CONFIRM_TALENT_POOL, TASK_ENTER_TALENT_POOL, "EndEvent_TalentPoolDone");
    assertThat(recorded).contains("enterTalentPoolDelegate TALENT_POOL");
  }

  @Test
  void specialTalentPool_declined_endsWithoutEntry() {
    ProcessInstance pi = start(special("TALENT_POOL").with("poolName", "外事干部人才库"));
    complete(task(TASK_CONFIRM_TALENT_POOL), withVariables("poolConfirmation", "decline", "poolReason", "任职不满一年"));

    assertThat(pi).isEnded().hasPassed("EndEvent_TalentPoolDeclined").hasNotPassed(TASK_ENTER_TALENT_POOL);
  }

  @Test
  void specialAccountability_isProposed_decidedByTheCommittee_andNotified() {
    ProcessInstance pi = start(special("ACCOUNTABLE"));
    assertThat(recorded).contains("paths [ACCOUNTABILITY]");

    Task propose = task(TASK_PROPOSE_ACCOUNTABILITY);
    assertThat(propose).hasCandidateGroup("org-dept");
    assertForm(propose, "propose-accountability");
    complete(propose, withVariables("accountabilityMeasure", "ADMONISH", "proposalReason", "组织转移群众不力"));
    Task decide = task(TASK_DECIDE_ACCOUNTABILITY);
    assertThat(decide).hasCandidateGroup("party-committee");
    assertForm(decide, "decide-action");
    complete(decide, withVariables("decision", "approve"));
    runJobs();
    assertThat(pi).isEnded().hasPassedInOrder(TASK_PROPOSE_ACCOUNTABILITY, TASK_DECIDE_ACCOUNTABILITY,
        TASK_CONCLUDE_ACCOUNTABILITY, "EndEvent_AccountabilityDone");
    assertThat(recorded).containsSubsequence("proposeAccountabilityListener Task_ProposeAccountability",
        "committeeDecisionListener Task_DecideAccountability", "concludeAccountabilityDelegate ACCOUNTABILITY");
  }

  @Test
  void specialCommendationAndPromotionBar_useTheAnnualPathsBranches() {
    assertThat(start(special("COMMEND"))).isEnded().hasPassed(TASK_ISSUE_COMMENDATION);
    assertThat(recorded).contains("paths [COMMENDATION]");
    recorded.clear();
    assertThat(start(special("NOT_NOW"))).isEnded().hasPassed(TASK_RECORD_PROMOTION_BAR);
    assertThat(recorded).contains("paths [PROMOTION_BAR]");
  }

  @Test
  void parallelPaths_keepTheirOwnFormValues() {
    ProcessInstance pi = start(cadre("BASICALLY_COMPETENT").with("earlySignProblems", true));
    complete(task(TASK_SCHEDULE_REMINDER_TALK), withVariables("talkLeader", "committee", "place", "第一会议室"));
    complete(task(TASK_SCHEDULE_ADMONITION_TALK), withVariables("talkLeader", "orgdept", "place", "第二会议室"));
    runJobs();

    assertThat(task(TASK_HOLD_REMINDER_TALK)).isAssignedTo("committee");
    assertThat(task(TASK_HOLD_ADMONITION_TALK)).isAssignedTo("orgdept");
    assertThat(runtimeService().getVariable(pi.getId(), "talkLeader")).isNull();
  }

  /** The ids code depends on are in the model (a process owner renames labels, never these). */
  @Test
  void theModelKeepsEveryIdTheCodeUses() throws IllegalAccessException {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).singleResult();
    var model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    for (Field field : ResultApplicationProcess.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getName().matches("(TASK|GATEWAY|END_EVENT|BUSINESS_RULE_TASK)_.*")) {
        String id = (String) field.get(null);
        assertThat(model.<FlowNode>getModelElementById(id)).as(field.getName() + " = " + id).isNotNull();
      }
    }
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(1825);
  }

  // ---- helpers ---------------------------------------------------------------------------

  private void walkTraining(ProcessInstance pi, String word) {
    Task assign = task("Task_Assign" + word + "Training");
    assertThat(assign).hasCandidateGroup("org-dept");
    complete(assign, withVariables("className", "第十期中青年干部培训班"));
    runJobs();
    assertThat(pi).hasPassed("Task_Send" + word + "TrainingNotice");
    Task confirm = task("Task_Confirm" + word + "Training");
    assertThat(confirm).isAssignedTo("c1001");
    complete(confirm, withVariables("attendance", "confirm"));
    Task record = task("Task_Record" + word + "Training");
    assertThat(record).hasCandidateGroup("org-dept");
    complete(record, withVariables("trainingOutcome", "completed"));
    assertThat(pi).hasPassed("EndEvent_" + word + "TrainingRecorded", "EndEvent_" + word + "TrainingDone");
  }

  private void walkTalk(ProcessInstance pi, String word, boolean acknowledged) {
    Task schedule = task("Task_Schedule" + word);
    assertThat(schedule).hasCandidateGroup("org-dept");
    assertForm(schedule, "schedule-talk");
    complete(schedule, withVariables("talkLeader", "committee", "talkAt", "2026-12-03T09:30", "place", "组织部谈话室"));
    runJobs();
    assertThat(pi).hasPassed("Task_Send" + word + "Notice");
    Task hold = task("Task_Hold" + word);
    assertThat(hold).isAssignedTo("committee");
    complete(hold, withVariables("talkRecord", "谈话记录"));
    if (acknowledged) {
      Task acknowledge = task("Task_Acknowledge" + word);
      assertThat(acknowledge).isAssignedTo("c1001");
      complete(acknowledge, withVariables("acknowledged", true));
    }
    assertThat(pi).hasPassed("EndEvent_" + word + "Held");
  }

  /** A plain 称职 cadre in a 好 team; each test changes what it needs. */
  private static Facts cadre(String grade) {
    Facts facts = new Facts();
    facts.with("subjectName", "张三").with(VAR_CADRE_USER_ID, "c1001").with("finalGrade", grade)
        .with("consecutiveExcellentYears", "EXCELLENT".equals(grade) ? 1 : 0).with("potentialForPromotion", false)
        .with("earlySignProblems", false).with("weaknessTopic", null).with("problemsFound", false)
        .with("problems", "").with("teamGrade", "GOOD").with("isPrincipal", false).with("promotionBarred", false)
        .with("finalGradeLabel", grade).with(VAR_SOURCE, "ANNUAL").with("doingWell", false).with(VAR_CONCLUSION, null);
    return facts;
  }

  /** A routine round's finding: no annual grade, no team grade, source ROUTINE. */
  private static Facts routine() {
    return cadre(null).with(VAR_SOURCE, "ROUTINE").with("finalGradeLabel", "").with("teamGrade", null);
  }

  /** A special appraisal's conclusion on a cadre: source SPECIAL, no grade. */
  private static Facts special(String conclusion) {
    return routine().with(VAR_SOURCE, "SPECIAL").with(VAR_CONCLUSION, conclusion);
  }

  private static Facts team(String grade) {
    return cadre(grade).with("subjectName", "县教育局领导班子").with("teamGrade", grade);
  }

  private static final class Facts extends HashMap<String, Object> {
    Facts with(String name, Object value) {
      put(name, value);
      return this;
    }
  }

  private ProcessInstance start(Facts facts) {
    facts.put(VAR_CAMPAIGN_ID, 1L);
    facts.put(VAR_SUBJECT_ID, 7L);
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "2026-ANNUAL/campaign-1/cadre-c1001", facts);
    assertThat(pi).isWaitingAt(BUSINESS_RULE_TASK_DECIDE_PATHS); // decided in a job: a retry re-runs only the decision
    runJobs();
    return pi;
  }

  /** The Camunda Form Tasklist shows for the task, from the same deployment. */
  private void assertForm(Task task, String formId) {
    assertThat(engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey()).isEqualTo(formId);
  }

  private static Task task(String key) {
    return taskQuery().taskDefinitionKey(key).singleResult();
  }

  private static void runJobs() {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = managementService().createJobQuery().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService().executeJob(job.getId()));
    }
  }
}
