package cn.cadre.appraisal.process.routine;

import static cn.cadre.appraisal.process.routine.FieldStayProcess.*;

import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.process.engine.ApplicationCalls;
import cn.cadre.appraisal.routine.FieldStay;
import cn.cadre.appraisal.routine.FieldStayProcessPort;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts one FieldStayProcess per stay, business key "2026-STAY/stay-5"; its tasks are due when the stay ends. */
@Component
class FieldStayProcessAdapter implements FieldStayProcessPort {

  private final RuntimeService runtime;
  private final OrganisationService organisation;

  private final cn.cadre.appraisal.process.OrganisationTime time;

  FieldStayProcessAdapter(RuntimeService runtime, OrganisationService organisation, cn.cadre.appraisal.process.OrganisationTime time) {
    this.time = time;
    this.runtime = runtime;
    this.organisation = organisation;
  }

  @Override
  public void start(FieldStay stay) {
    Date due = time.lastSecondOf(stay.endsOn());
    // the outputs form names the unit's cadres, so that the team lists them as the roster spells them
    String cadres = String.join("、", organisation.cadresOf(stay.getUnit()).stream()
        .map(c -> c.getName() + "（" + c.getPosition() + "）").toList());
    ApplicationCalls.run(() -> runtime.startProcessInstanceByKey(KEY, stay.businessKey(), Variables.createVariables()
            .putValue(VAR_STAY_ID, stay.getId())
            .putValue(VAR_BASIS, stay.basis())
            .putValue(VAR_DUE_DATE, due)
            .putValue(VAR_TEAM_MEMBERS, String.join(",", stay.getTeam()))
            .putValue(VAR_UNIT_CADRES, cadres)));
  }
}
