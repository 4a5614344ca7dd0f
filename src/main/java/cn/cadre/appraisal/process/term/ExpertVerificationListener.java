package cn.cadre.appraisal.process.term;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.term.TermService;
import org.springframework.stereotype.Component;

/** Task_ExpertVerification completed: the experts' report, the targets they found unmet, the problems. */
@Component("expertVerificationListener")
class ExpertVerificationListener extends FormTaskListener {

  private final TermService terms;

  ExpertVerificationListener(TermService terms) {
    this.terms = terms;
  }

  @Override
  protected void onComplete(TaskForm form) {
    terms.verify(form.termId(), form.text("verificationReport"), form.text("verifiedUnmetTargets"),
        form.text("verificationProblems"), form.actor());
  }
}
