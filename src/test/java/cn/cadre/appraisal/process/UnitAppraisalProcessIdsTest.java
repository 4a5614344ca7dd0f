package cn.cadre.appraisal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** Fails when a process owner renames or removes an element id that the code depends on. */
class UnitAppraisalProcessIdsTest {

  @Test
  void everyIdTheCodeUsesIsInTheModel() throws Exception {
    BpmnModelInstance model;
    try (InputStream in = getClass().getResourceAsStream("/processes/" + UnitAppraisalProcess.RESOURCE)) {
      model = Bpmn.readModelFromStream(in);
    }
    assertThat((Object) model.getModelElementById(UnitAppraisalProcess.KEY)).as("process id").isNotNull();
    int checked = 0;
    for (Field field : UnitAppraisalProcess.class.getFields()) {
      String name = field.getName();
      boolean elementId = name.startsWith("TASK_") || name.startsWith("GATEWAY_")
          || name.startsWith("START_EVENT_") || name.startsWith("END_EVENT_") || name.startsWith("SUB_PROCESS_");
      if (Modifier.isStatic(field.getModifiers()) && elementId) {
        String id = (String) field.get(null);
        assertThat((Object) model.getModelElementById(id))
            .as("element %s (%s) in unit-appraisal.bpmn", id, name).isNotNull();
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(9);
  }
}
