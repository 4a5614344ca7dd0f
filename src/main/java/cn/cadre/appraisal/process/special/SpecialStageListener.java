package cn.cadre.appraisal.process.special;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.special.SpecialConclusionService;
import org.springframework.stereotype.Component;

/** A stage task completed (checkpoint, 听取汇报, 个别访谈, 实地查看, 集体座谈): its record is kept; the model names the stage. */
@Component("specialStageListener")
class SpecialStageListener extends FormTaskListener {

  private final SpecialConclusionService conclusions;

  SpecialStageListener(SpecialConclusionService conclusions) {
    this.conclusions = conclusions;
  }

  @Override
  protected void onComplete(TaskForm form) {
    Object participants = form.text("participants") == null ? null : form.count("participants");
    conclusions.recordStage(form.specialAppraisalId(), form.text(SpecialAppraisalProcess.VAR_STAGE),
        form.text("heldOn"), (Integer) participants, form.text("stageSummary"), form.actor());
  }
}
