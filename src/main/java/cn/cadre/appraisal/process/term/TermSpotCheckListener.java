package cn.cadre.appraisal.process.term;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.term.TermFinding;
import cn.cadre.appraisal.term.TermService;
import org.springframework.stereotype.Component;

/** Task_TermSpotCheck completed: what the spot checks covered and found. */
@Component("termSpotCheckListener")
class TermSpotCheckListener extends FormTaskListener {

  private final TermService terms;

  TermSpotCheckListener(TermService terms) {
    this.terms = terms;
  }

  @Override
  protected void onComplete(TaskForm form) {
    terms.check(form.termId(), TermFinding.Stage.SPOT_CHECK, form.text("checkReport"), form.text("checkProblems"),
        form.actor());
  }
}
