package cn.cadre.appraisal.process.term;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.term.TermService;
import org.springframework.stereotype.Component;

/** Task_TermSelfCheck completed: the unit's self-check report and the targets it did not meet. */
@Component("termSelfCheckListener")
class TermSelfCheckListener extends FormTaskListener {

  private final TermService terms;

  TermSelfCheckListener(TermService terms) {
    this.terms = terms;
  }

  @Override
  protected void onComplete(TaskForm form) {
    terms.selfCheck(form.termId(), form.text("selfCheckReport"), form.text("unmetTargets"), form.actor());
  }
}
