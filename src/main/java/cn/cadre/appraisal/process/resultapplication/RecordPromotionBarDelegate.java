package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.application.PromotionBarService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordPromotionBar: the principal of a team rated 一般/差 may not be promoted for a year. */
@Component("recordPromotionBarDelegate")
class RecordPromotionBarDelegate implements JavaDelegate {

  private final PromotionBarService bars;

  RecordPromotionBarDelegate(PromotionBarService bars) {
    this.bars = bars;
  }

  @Override
  public void execute(DelegateExecution execution) {
    bars.bar(ProcessFacts.of(execution).subjectId(), ProcessFacts.of(execution).text(ResultApplicationProcess.VAR_TEAM_GRADE));
  }
}
