package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.application.RectificationService;
import cn.cadre.appraisal.routine.RoutineScoreService;
import cn.cadre.appraisal.special.SpecialAppraisalService;
import cn.cadre.appraisal.grading.GradingService;
import cn.cadre.appraisal.grading.GradingService.CadreDecision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ProposeGrade / Task_ReproposeGrade: the rules' grade for one cadre, pre-filled into the
 * analysis form (local to that cadre's sub-process instance).
 */
@Component("proposeGradeDelegate")
class ProposeGradeDelegate implements JavaDelegate {

  private final GradingService grading;
  private final RectificationService rectification;
  private final RoutineScoreService routine;
  private final SpecialAppraisalService specials;
  private final cn.cadre.appraisal.grading.AnnualScoreService annualScores;
  private final cn.cadre.appraisal.organisation.OrganisationService organisation;

  ProposeGradeDelegate(GradingService grading, RectificationService rectification, RoutineScoreService routine,
      SpecialAppraisalService specials, cn.cadre.appraisal.grading.AnnualScoreService annualScores,
      cn.cadre.appraisal.organisation.OrganisationService organisation) {
    this.annualScores = annualScores;
    this.organisation = organisation;
    this.specials = specials;
    this.grading = grading;
    this.rectification = rectification;
    this.routine = routine;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessFacts facts = ProcessFacts.of(execution);
    // the unit's appraisal names its unit; a re-analysis in the round's process finds it on the record
    String unitCode = execution.hasVariable(UnitAppraisalProcess.VAR_UNIT_CODE) ? facts.unitCode() : null;
    CadreDecision decision = grading.proposeCadre(facts.campaignId(), unitCode, facts.cadreUserId());
    execution.setVariableLocal("decisionGrade", decision.grade().name());
    execution.setVariableLocal("decisionGradeLabel", decision.grade().label());
    execution.setVariableLocal("decisionReason", decision.reason());
    execution.setVariableLocal("reviewNote", decision.needsIndividualReview() ? decision.reviewReason() : "");
    execution.setVariableLocal("proposedGrade", decision.grade().name());
    execution.setVariableLocal("earlySignProblems", decision.earlySignProblems());
    execution.setVariableLocal("weaknessTopic", decision.weaknessTopic());
    // 整改 left unfinished in an earlier round is checked again now
    execution.setVariableLocal("openRectifications",
        rectification.openItemsOfCadre(ProcessFacts.of(execution).cadreUserId()));
    // the year's routine scores: what the year-end grade should be confirmed by
    execution.setVariableLocal(UnitAppraisalProcess.VAR_ROUTINE_SCORES,
        routine.yearSummaryOf(ProcessFacts.of(execution).cadreUserId(), ProcessFacts.of(execution).year()));
    // the annual score: routine, democratic evaluation and the unit's indicator result, weighted
    execution.setVariableLocal(UnitAppraisalProcess.VAR_ANNUAL_SCORE, annualScores.describe(
        ProcessFacts.of(execution).campaignId(), organisation.cadreByUserId(ProcessFacts.of(execution).cadreUserId())));
    // and the year's special appraisals' conclusions on the cadre
    execution.setVariableLocal(UnitAppraisalProcess.VAR_SPECIAL_CONCLUSIONS,
        specials.yearSummaryOf(ProcessFacts.of(execution).cadreUserId(), ProcessFacts.of(execution).year()));
  }
}
