package cn.cadre.appraisal.process.special;

import cn.cadre.appraisal.application.TalentPoolService;
import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.JsonVariables;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.special.SpecialConclusionService;
import org.springframework.stereotype.Component;

/**
 * Task_ConcludeCadre: created, it offers the talent pools that exist now (pools are data); completed,
 * the team's conclusion and statement (鉴定) on the cadre.
 */
@Component("concludeCadreListener")
class ConcludeCadreListener extends FormTaskListener {

  private final SpecialConclusionService conclusions;
  private final TalentPoolService pools;

  ConcludeCadreListener(SpecialConclusionService conclusions, TalentPoolService pools) {
    this.conclusions = conclusions;
    this.pools = pools;
  }

  @Override
  protected void onCreate(TaskForm form) {
    form.setLocal(SpecialAppraisalProcess.VAR_TALENT_POOL_OPTIONS, JsonVariables.options(pools.choices()));
  }

  @Override
  protected void onComplete(TaskForm form) {
    conclusions.concludeCadre(form.specialAppraisalId(), form.text(SpecialAppraisalProcess.VAR_CADRE_CODE),
        form.text("conclusion"), form.text("poolName"), form.text("statement"), form.actor());
  }
}
