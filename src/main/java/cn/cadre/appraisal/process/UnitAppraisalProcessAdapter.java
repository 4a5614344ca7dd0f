package cn.cadre.appraisal.process;

import static cn.cadre.appraisal.process.UnitAppraisalProcess.KEY;
import static cn.cadre.appraisal.process.UnitAppraisalProcess.VAR_CADRE_USER_IDS;
import static cn.cadre.appraisal.process.UnitAppraisalProcess.VAR_UNIT_CODE;
import static cn.cadre.appraisal.process.UnitAppraisalProcess.VAR_YEAR;

import cn.cadre.appraisal.campaign.UnitAppraisalProcessPort;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;

/** Engine side of the unit appraisal: the only place that starts UnitAppraisalProcess. */
@Component
class UnitAppraisalProcessAdapter implements UnitAppraisalProcessPort {

  private final RuntimeService runtime;
  private final HistoryService history;

  UnitAppraisalProcessAdapter(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  @Override
  public boolean isStarted(String businessKey) {
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(KEY).processInstanceBusinessKey(businessKey).count() > 0;
  }

  @Override
  public String start(String businessKey, String unitCode, int year, List<String> cadreUserIds) {
    return runtime.startProcessInstanceByKey(KEY, businessKey, Variables.createVariables()
            .putValue(VAR_UNIT_CODE, unitCode)
            .putValue(VAR_YEAR, year)
            .putValueTyped(VAR_CADRE_USER_IDS, Variables.objectValue(new ArrayList<>(cadreUserIds))
                .serializationDataFormat(SerializationDataFormats.JSON).create()))
        .getId();
  }
}
