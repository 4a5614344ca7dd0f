package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.application.ResultApplicationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenResultApplication (async): one result-application instance per final grade of the round. */
@Component("openResultApplicationDelegate")
class OpenResultApplicationDelegate implements JavaDelegate {

  private final ResultApplicationService application;

  OpenResultApplicationDelegate(ResultApplicationService application) {
    this.application = application;
  }

  @Override
  public void execute(DelegateExecution execution) {
    application.open(ProcessFacts.of(execution).campaignId());
  }
}
