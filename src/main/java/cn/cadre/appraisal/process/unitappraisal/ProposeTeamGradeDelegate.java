package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.grading.GradeRules.TeamProposal;
import cn.cadre.appraisal.application.RectificationService;
import cn.cadre.appraisal.grading.GradingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ProposeTeamGrade: the rules' team grade, shown beside the team-analysis form. */
@Component("proposeTeamGradeDelegate")
class ProposeTeamGradeDelegate implements JavaDelegate {

  private final GradingService grading;
  private final RectificationService rectification;

  ProposeTeamGradeDelegate(GradingService grading, RectificationService rectification) {
    this.grading = grading;
    this.rectification = rectification;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TeamProposal proposal = grading.proposeTeam(ProcessFacts.of(execution).campaignId(),
        ProcessFacts.of(execution).unitCode());
    execution.setVariable("decisionTeamGrade", proposal.grade().name());
    execution.setVariable("decisionTeamGradeLabel", proposal.grade().label());
    execution.setVariable("decisionReason", proposal.reason());
    execution.setVariable("proposedTeamGrade", proposal.grade().name());
    execution.setVariable("openRectifications",
        rectification.openItemsOfTeam(ProcessFacts.of(execution).unitCode()));
  }
}
