package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.application.ResultApplicationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_OpenResultApplication (async): one result-application instance per final grade of the unit
 * (of the whole round, for a round started on a model before the per-unit split).
 */
@Component("openResultApplicationDelegate")
class OpenResultApplicationDelegate implements JavaDelegate {

  private final ResultApplicationService application;

  OpenResultApplicationDelegate(ResultApplicationService application) {
    this.application = application;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessFacts facts = ProcessFacts.of(execution);
    if (facts.unitCode() == null) {
      application.openAll(facts.campaignId());
    } else {
      application.open(facts.campaignId(), facts.unitCode());
    }
  }
}
