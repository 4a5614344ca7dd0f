package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.process.engine.ApplicationCalls;
import cn.cadre.appraisal.evaluation.CadreEvidence;
import cn.cadre.appraisal.evaluation.TeamEvidence;
import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.grading.GradeRules;
import cn.cadre.appraisal.shared.TeamGrade;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The grading rules are the process owners' DMN tables in processes/grade-proposal.dmn, evaluated
 * by Camunda (latest deployed version). Evaluation is system work, so it runs without the current
 * user's authorizations even when a user's task completion triggers it.
 */
@Component
class DmnGradeRules implements GradeRules {

  private final DecisionService decisions;
  private final CommandExecutor commands;

  DmnGradeRules(DecisionService decisions, ProcessEngine engine) {
    this.decisions = decisions;
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  @Override
  public CadreProposal proposeCadre(CadreEvidence e) {
    VariableMap inputs = Variables.createVariables()
        .putValue("underInvestigation", e.underInvestigation())
        .putValue("vetoItem", e.vetoItem())
        .putValue("politicalScore", e.politicalScore())
        .putValue("excellentShare", e.excellentShare())
        .putValue("basicShare", e.basicShare())
        .putValue("incompetentShare", e.incompetentShare())
        .putValue("gradeAffectingItems", e.gradeAffectingItems());
    DmnDecisionRuleResult grade = evaluate("GradeProposal", inputs);
    DmnDecisionRuleResult review = evaluate("PoliticalReview", inputs);
    return new CadreProposal(Grade.parse(grade.getEntry("proposedGrade")), grade.getEntry("proposalReason"),
        Boolean.TRUE.equals(review.getEntry("needsIndividualReview")), review.getEntry("reviewReason"));
  }

  @Override
  public TeamProposal proposeTeam(TeamEvidence e) {
    DmnDecisionRuleResult result = evaluate("TeamGradeProposal", Variables.createVariables()
        .putValue("goodShare", e.goodShare())
        .putValue("fairlyGoodShare", e.fairlyGoodShare())
        .putValue("averageShare", e.averageShare())
        .putValue("poorShare", e.poorShare())
        .putValue("vetoItem", false));
    return new TeamProposal(TeamGrade.parse(result.getEntry("proposedTeamGrade")), result.getEntry("proposalReason"));
  }

  @Override
  public Grade maxCadreGrade(TeamGrade teamGrade) {
    return Grade.parse(evaluate("CadreGradeCap", Variables.createVariables().putValue("teamGrade", teamGrade.name()))
        .getEntry("maxCadreGrade"));
  }

  private DmnDecisionRuleResult evaluate(String decisionKey, VariableMap inputs) {
    Supplier<DmnDecisionRuleResult> evaluation = () -> {
      var result = decisions.evaluateDecisionTableByKey(decisionKey, inputs);
      if (result.isEmpty()) {
        throw new IllegalStateException("Decision " + decisionKey + " matched no rule for " + inputs);
      }
      return result.getSingleResult();
    };
    // inside a task's command or from a request of the application's own API (calibration): the
    // grading rules' inputs come from the domain, not from the user whose action needs them
    return ApplicationCalls.run(() -> commands.execute(
        (CommandContext command) -> command.runWithoutAuthorization(evaluation::get)));
  }
}
