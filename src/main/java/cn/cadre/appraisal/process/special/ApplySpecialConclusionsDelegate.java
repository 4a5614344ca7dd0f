package cn.cadre.appraisal.process.special;

import cn.cadre.appraisal.application.Finding;
import cn.cadre.appraisal.application.ResultApplicationService;
import cn.cadre.appraisal.application.ResultSource;
import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.special.SpecialConclusionService;
import cn.cadre.appraisal.special.SpecialConclusionService.SpecialFinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ApplySpecialConclusions (async): each conclusion that acts opens result application with
 * SPECIAL as its source and the conclusion as the fact the table routes on. A retried job starts
 * nobody twice.
 */
@Component("applySpecialConclusionsDelegate")
class ApplySpecialConclusionsDelegate implements JavaDelegate {

  private final SpecialConclusionService conclusions;
  private final ResultApplicationService application;

  ApplySpecialConclusionsDelegate(SpecialConclusionService conclusions, ResultApplicationService application) {
    this.conclusions = conclusions;
    this.application = application;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (SpecialFinding f : conclusions.findings(ProcessFacts.of(execution).specialAppraisalId())) {
      application.open(new Finding(ResultSource.SPECIAL, f.appraisalId(), f.year(), f.basis(), f.unit(), f.cadre(),
          false, null, f.statement(), false, false, f.conclusion(), f.poolName()));
    }
  }
}
