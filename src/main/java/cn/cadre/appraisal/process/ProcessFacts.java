package cn.cadre.appraisal.process;

import cn.cadre.appraisal.process.campaign.CampaignProcess;
import cn.cadre.appraisal.process.resultapplication.ResultApplicationProcess;
import cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess;
import cn.cadre.appraisal.application.ResultPath;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed access to the facts a process carries (round, unit, cadre, result subject, path), for
 * delegates and task listeners alike: no adapter casts a variable itself. A fact the model should
 * have set but has not is a model error, said with the variable's name.
 */
public final class ProcessFacts {

  private final VariableScope scope;

  private ProcessFacts(VariableScope scope) {
    this.scope = scope;
  }

  public static ProcessFacts of(VariableScope scope) {
    return new ProcessFacts(scope);
  }

  public long campaignId() {
    return number(CampaignProcess.VAR_CAMPAIGN_ID);
  }

  /** Whom a result-application instance concerns (ResultSubject id). */
  public long subjectId() {
    return number(ResultApplicationProcess.VAR_SUBJECT_ID);
  }

  public long routineRoundId() {
    return number(cn.cadre.appraisal.process.routine.RoutineAppraisalProcess.VAR_ROUTINE_ROUND_ID);
  }

  public long specialAppraisalId() {
    return number(cn.cadre.appraisal.process.special.SpecialAppraisalProcess.VAR_SPECIAL_APPRAISAL_ID);
  }

  public long stayId() {
    return number(cn.cadre.appraisal.process.routine.FieldStayProcess.VAR_STAY_ID);
  }

  public long scoringRoundId() {
    return number(cn.cadre.appraisal.process.scoring.UnitScoringProcess.VAR_SCORING_ROUND_ID);
  }

  public long termId() {
    return number(cn.cadre.appraisal.process.term.TermAppraisalProcess.VAR_TERM_ID);
  }

  public int year() {
    return (int) number(CampaignProcess.VAR_YEAR);
  }

  public String unitCode() {
    return text(UnitAppraisalProcess.VAR_UNIT_CODE);
  }

  public String cadreUserId() {
    return text(UnitAppraisalProcess.VAR_CADRE_USER_ID);
  }

  /** The result-application path of the sub-process the element runs in. */
  public ResultPath path() {
    return ResultPath.parse(text(ResultApplicationProcess.VAR_PATH));
  }

  /** A text variable, or null. */
  public String text(String name) {
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
