package cn.cadre.appraisal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** Fails when a process owner renames or removes an element id that the code depends on. */
class CampaignProcessIdsTest {

  @Test
  void everyIdTheCodeUsesIsInTheModels() throws Exception {
    assertIdsPresent(CampaignProcess.class, CampaignProcess.RESOURCE, CampaignProcess.KEY);
    assertIdsPresent(UnitAppraisalProcess.class, UnitAppraisalProcess.RESOURCE, UnitAppraisalProcess.KEY);
  }

  static void assertIdsPresent(Class<?> constants, String resource, String key) throws Exception {
    BpmnModelInstance model;
    try (InputStream in = CampaignProcessIdsTest.class.getResourceAsStream("/processes/" + resource)) {
      model = Bpmn.readModelFromStream(in);
    }
    assertThat((Object) model.getModelElementById(key)).as("process id %s", key).isNotNull();
    int checked = 0;
    for (Field field : constants.getFields()) {
      String name = field.getName();
      if (name.matches("(TASK|GATEWAY|START_EVENT|END_EVENT|SUB_PROCESS|CALL_ACTIVITY|TIMER_EVENT)_.*")) {
        String id = (String) field.get(null);
        assertThat((Object) model.getModelElementById(id)).as("element %s (%s) in %s", id, name, resource).isNotNull();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(8);
  }
}
