package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.application.AccountabilityService;
import cn.cadre.appraisal.process.ProcessFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ConcludeAccountability (async): an approved measure is notified as the committee's decision. */
@Component("concludeAccountabilityDelegate")
class ConcludeAccountabilityDelegate implements JavaDelegate {

  private final AccountabilityService accountability;

  ConcludeAccountabilityDelegate(AccountabilityService accountability) {
    this.accountability = accountability;
  }

  @Override
  public void execute(DelegateExecution execution) {
    accountability.conclude(ProcessFacts.of(execution).subjectId());
  }
}
