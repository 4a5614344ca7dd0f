package cn.cadre.appraisal.process.special;

import static cn.cadre.appraisal.process.special.SpecialAppraisalProcess.*;

import cn.cadre.appraisal.process.JsonVariables;
import cn.cadre.appraisal.process.engine.ApplicationCalls;
import cn.cadre.appraisal.special.SpecialAppraisal;
import cn.cadre.appraisal.special.SpecialProcessPort;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts one SpecialAppraisalProcess per special appraisal, business key "2026-SPECIAL/special-3". */
@Component
class SpecialProcessAdapter implements SpecialProcessPort {

  private final RuntimeService runtime;

  private final cn.cadre.appraisal.process.OrganisationTime time;

  SpecialProcessAdapter(RuntimeService runtime, cn.cadre.appraisal.process.OrganisationTime time) {
    this.time = time;
    this.runtime = runtime;
  }

  @Override
  public void start(SpecialAppraisal appraisal, Map<String, String> cadres, Map<String, String> units,
      Map<String, String> offices) {
    String businessKey = appraisal.businessKey();
    // due at the end of the last day
    Date due = time.lastSecondOf(appraisal.getDueDate());
    ApplicationCalls.run(() -> runtime.startProcessInstanceByKey(KEY, businessKey, Variables.createVariables()
        .putValue(VAR_SPECIAL_APPRAISAL_ID, appraisal.getId())
        .putValue(VAR_BASIS, appraisal.basis())
        .putValue(VAR_MODE, appraisal.getMode().name())
        .putValue(VAR_DUE_DATE, due)
        // candidate users as Camunda reads them: a comma-separated list
        .putValue(VAR_TEAM_MEMBERS, String.join(",", appraisal.usersIn(SpecialAppraisal.Role.TEAM)))
        .putValueTyped(VAR_CADRE_CODES, JsonVariables.list(List.copyOf(cadres.keySet())))
        .putValueTyped(VAR_CADRE_NAMES, JsonVariables.map(cadres))
        .putValueTyped(VAR_UNIT_CODES, JsonVariables.list(List.copyOf(units.keySet())))
        .putValueTyped(VAR_UNIT_NAMES, JsonVariables.map(units))
        .putValueTyped(VAR_OPINION_GROUPS, JsonVariables.list(List.copyOf(offices.keySet())))
        .putValueTyped(VAR_OPINION_GROUP_NAMES, JsonVariables.map(offices))
        .putValueTyped(VAR_PRINCIPALS, JsonVariables.list(appraisal.usersIn(SpecialAppraisal.Role.PRINCIPAL)))));
  }
}
