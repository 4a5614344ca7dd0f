package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.application.TalentPoolService;
import cn.cadre.appraisal.process.ProcessFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EnterTalentPool (async): the cadre enters the pool and receives the notice. */
@Component("enterTalentPoolDelegate")
class EnterTalentPoolDelegate implements JavaDelegate {

  private final TalentPoolService pools;

  EnterTalentPoolDelegate(TalentPoolService pools) {
    this.pools = pools;
  }

  @Override
  public void execute(DelegateExecution execution) {
    pools.enter(ProcessFacts.of(execution).subjectId());
  }
}
