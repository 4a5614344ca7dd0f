package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.application.RewardService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AwardMerit (async): the 记三等功 decision. */
@Component("awardMeritDelegate")
class AwardMeritDelegate implements JavaDelegate {

  private final RewardService rewards;

  AwardMeritDelegate(RewardService rewards) {
    this.rewards = rewards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rewards.awardMerit(ProcessFacts.of(execution).subjectId());
  }
}
