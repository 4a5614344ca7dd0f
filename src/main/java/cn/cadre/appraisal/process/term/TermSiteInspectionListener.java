package cn.cadre.appraisal.process.term;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.term.TermFinding;
import cn.cadre.appraisal.term.TermService;
import org.springframework.stereotype.Component;

/** Task_TermSiteInspection completed: what the on-site inspection of known problems found. */
@Component("termSiteInspectionListener")
class TermSiteInspectionListener extends FormTaskListener {

  private final TermService terms;

  TermSiteInspectionListener(TermService terms) {
    this.terms = terms;
  }

  @Override
  protected void onComplete(TaskForm form) {
    terms.check(form.termId(), TermFinding.Stage.SITE_INSPECTION, form.text("checkReport"), form.text("checkProblems"),
        form.actor());
  }
}
