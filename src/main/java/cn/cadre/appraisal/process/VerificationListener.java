package cn.cadre.appraisal.process;

import cn.cadre.appraisal.evaluation.EvaluationService;
import cn.cadre.appraisal.evaluation.Finding;
import cn.cadre.appraisal.evaluation.Office;
import cn.cadre.appraisal.evaluation.Severity;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Task_VerifyDiscipline / Task_VerifyAudit / Task_VerifyPetitions: an office's negative-list report. */
@Component("verificationListener")
class VerificationListener extends FormTaskListener {

  private static final Map<String, Office> OFFICE_OF_TASK = Map.of(
      UnitAppraisalProcess.TASK_VERIFY_DISCIPLINE, Office.DISCIPLINE,
      UnitAppraisalProcess.TASK_VERIFY_AUDIT, Office.AUDIT,
      UnitAppraisalProcess.TASK_VERIFY_PETITIONS, Office.PETITIONS);

  private final EvaluationService evaluation;

  VerificationListener(EvaluationService evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  protected void onComplete(TaskForm form) {
    Office office = OFFICE_OF_TASK.get(form.taskDefinitionKey());
    if (office == null) {
      throw new IllegalStateException("No office for task " + form.taskDefinitionKey());
    }
    String answer = form.text("hasNegativeItems");
    if (!"none".equals(answer) && !"items".equals(answer)) {
      throw new IllegalArgumentException("核实结论必须选择“无负面清单事项”或“有负面清单事项”");
    }
    String severity = form.text("severity");
    Finding finding = new Finding("items".equals(answer), form.text("negativeItems"),
        severity == null || severity.isBlank() ? null : parseSeverity(severity),
        form.flag("affectsGrade"), form.flag("vetoItem"), form.flag("underInvestigation"));
    evaluation.recordFinding(form.campaignId(), form.cadreUserId(), office, finding, form.actor());
  }

  private static Severity parseSeverity(String value) {
    try {
      return Severity.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("严重程度只能是 MINOR、SERIOUS 或 GRAVE: " + value);
    }
  }
}
