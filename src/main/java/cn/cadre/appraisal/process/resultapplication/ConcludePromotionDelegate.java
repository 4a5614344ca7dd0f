package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.application.PromotionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ConcludePromotion (async): pool entry and notice for an approved candidate. */
@Component("concludePromotionDelegate")
class ConcludePromotionDelegate implements JavaDelegate {

  private final PromotionService promotion;

  ConcludePromotionDelegate(PromotionService promotion) {
    this.promotion = promotion;
  }

  @Override
  public void execute(DelegateExecution execution) {
    promotion.conclude(ProcessFacts.of(execution).subjectId());
  }
}
