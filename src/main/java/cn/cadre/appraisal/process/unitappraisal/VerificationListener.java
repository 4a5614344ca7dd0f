package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.evaluation.Finding;
import cn.cadre.appraisal.evaluation.Severity;
import cn.cadre.appraisal.verification.NegativeListService;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Task_VerifyDiscipline / Task_VerifyAudit / Task_VerifyPetitions of unit-appraisal models before
 * the offices returned one list per round: kept so that rounds opened under those versions finish.
 */
@Component("verificationListener")
class VerificationListener extends FormTaskListener {

  private static final Map<String, String> OFFICE_OF_TASK = Map.of(
      "Task_VerifyDiscipline", "DISCIPLINE", "Task_VerifyAudit", "AUDIT", "Task_VerifyPetitions", "PETITIONS");

  private final NegativeListService lists;

  VerificationListener(NegativeListService lists) {
    this.lists = lists;
  }

  @Override
  protected void onComplete(TaskForm form) {
    String office = OFFICE_OF_TASK.get(form.taskDefinitionKey());
    if (office == null) {
      throw new IllegalStateException("No office for task " + form.taskDefinitionKey());
    }
    String answer = form.text("hasNegativeItems");
    if (!"none".equals(answer) && !"items".equals(answer)) {
      throw new InvalidInputException("核实结论必须选择“无负面清单事项”或“有负面清单事项”");
    }
    String severity = form.text("severity");
    Finding finding = new Finding("items".equals(answer), form.text("negativeItems"),
        severity == null || severity.isBlank() ? null : parseSeverity(severity),
        form.flag("affectsGrade"), form.flag("vetoItem"), form.flag("underInvestigation"));
    lists.recordForOneCadre(form.campaignId(), form.cadreUserId(), office, finding, form.actor());
  }

  private static Severity parseSeverity(String value) {
    try {
      return Severity.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("严重程度只能是 MINOR、SERIOUS 或 GRAVE: " + value);
    }
  }
}
