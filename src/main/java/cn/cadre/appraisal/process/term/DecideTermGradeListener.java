package cn.cadre.appraisal.process.term;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.term.TermService;
import org.springframework.stereotype.Component;

/** Task_DecideTermGrade completed: the committee approves the proposed term grade or decides another. */
@Component("decideTermGradeListener")
class DecideTermGradeListener extends FormTaskListener {

  private final TermService terms;

  DecideTermGradeListener(TermService terms) {
    this.terms = terms;
  }

  @Override
  protected void onComplete(TaskForm form) {
    terms.decide(form.termId(), form.text("termDecision"), form.text("termGrade"), form.text("termDecisionReason"),
        form.actor());
  }
}
