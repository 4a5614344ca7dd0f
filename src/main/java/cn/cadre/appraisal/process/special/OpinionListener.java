package cn.cadre.appraisal.process.special;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.special.SpecialConclusionService;
import cn.cadre.appraisal.special.SpecialRecord;
import org.springframework.stereotype.Component;

/** Task_OfficeOpinion or Task_PrincipalOpinion completed: the opinion is kept, from whom it came. */
@Component("opinionListener")
class OpinionListener extends FormTaskListener {

  private final SpecialConclusionService conclusions;

  OpinionListener(SpecialConclusionService conclusions) {
    this.conclusions = conclusions;
  }

  @Override
  protected void onComplete(TaskForm form) {
    boolean office = SpecialAppraisalProcess.TASK_OFFICE_OPINION.equals(form.taskDefinitionKey());
    conclusions.recordOpinion(form.specialAppraisalId(),
        office ? SpecialRecord.Kind.OFFICE_OPINION : SpecialRecord.Kind.PRINCIPAL_OPINION,
        office ? form.text(SpecialAppraisalProcess.VAR_OPINION_GROUP) : form.actor(),
        form.flag("concerns"), form.text("opinion"), form.actor());
  }
}
