package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.shared.ConflictException;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.tally.TallySheetService;
import java.util.List;
import org.springframework.stereotype.Component;

/** Task_EnterTallies: done only when every unit's tally sheet is submitted. */
@Component("talliesListener")
class TalliesListener extends FormTaskListener {

  private final TallySheetService sheets;

  TalliesListener(TallySheetService sheets) {
    this.sheets = sheets;
  }

  @Override
  protected void onComplete(TaskForm form) {
    List<String> open = sheets.unitsNotSubmitted(form.campaignId());
    if (!open.isEmpty()) {
      throw new ConflictException("尚有 " + open.size() + " 个单位的测评结果未提交：" + String.join("、", open));
    }
  }
}
