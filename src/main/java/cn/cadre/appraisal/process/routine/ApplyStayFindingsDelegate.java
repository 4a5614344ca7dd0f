package cn.cadre.appraisal.process.routine;

import cn.cadre.appraisal.application.Finding;
import cn.cadre.appraisal.application.ResultApplicationService;
import cn.cadre.appraisal.application.ResultSource;
import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.routine.FieldStayService;
import cn.cadre.appraisal.routine.FieldStayService.StayFinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyStayFindings (async): the stay's findings act through result application (source
 * FIELD_STAY): a cadre doing well is put forward for promotion, one doing badly gets a reminder talk,
 * the unit's problems go to its team to rectify. A retried job starts nobody twice.
 */
@Component("applyStayFindingsDelegate")
class ApplyStayFindingsDelegate implements JavaDelegate {

  private final FieldStayService stays;
  private final ResultApplicationService application;

  ApplyStayFindingsDelegate(FieldStayService stays, ResultApplicationService application) {
    this.stays = stays;
    this.application = application;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (StayFinding f : stays.findings(ProcessFacts.of(execution).stayId())) {
      application.open(new Finding(ResultSource.FIELD_STAY, f.stayId(), f.year(), f.basis(), f.unit(), f.cadre(),
          f.doingBadly(), null, f.problems(), f.cadre() == null, f.doingWell(), null, null));
    }
  }
}
