package cn.cadre.appraisal.process;

import cn.cadre.appraisal.application.ResultPath;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed access to the facts a process carries (round, unit, cadre, grade record, path), for
 * delegates and task listeners alike: no adapter casts a variable itself. A fact the model should
 * have set but has not is a model error, said with the variable's name.
 */
final class ProcessFacts {

  private final VariableScope scope;

  private ProcessFacts(VariableScope scope) {
    this.scope = scope;
  }

  static ProcessFacts of(VariableScope scope) {
    return new ProcessFacts(scope);
  }

  long campaignId() {
    return number(CampaignProcess.VAR_CAMPAIGN_ID);
  }

  long gradeRecordId() {
    return number(ResultApplicationProcess.VAR_GRADE_RECORD_ID);
  }

  int year() {
    return (int) number(CampaignProcess.VAR_YEAR);
  }

  String unitCode() {
    return text(UnitAppraisalProcess.VAR_UNIT_CODE);
  }

  String cadreUserId() {
    return text(UnitAppraisalProcess.VAR_CADRE_USER_ID);
  }

  /** The result-application path of the sub-process the element runs in. */
  ResultPath path() {
    return ResultPath.parse(text(ResultApplicationProcess.VAR_PATH));
  }

  /** A text variable, or null. */
  String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private long number(String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Number n)) {
      throw new IllegalStateException("Process variable " + name + " is missing or not a number: " + value);
    }
    return n.longValue();
  }
}
