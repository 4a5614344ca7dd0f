package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.application.RewardService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueCommendation (async): the 嘉奖 decision. */
@Component("issueCommendationDelegate")
class IssueCommendationDelegate implements JavaDelegate {

  private final RewardService rewards;

  IssueCommendationDelegate(RewardService rewards) {
    this.rewards = rewards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rewards.commend(ProcessFacts.of(execution).subjectId());
  }
}
