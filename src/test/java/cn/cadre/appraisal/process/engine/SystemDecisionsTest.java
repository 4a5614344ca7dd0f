package cn.cadre.appraisal.process.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Lookups in a table answer from the table as last deployed: the same inputs the same answer (kept,
 * not evaluated again), a table deployed anew answers at once with its new rules, inputs that are not
 * plain values are evaluated every time, and a table that matches no rule is still a model error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SystemDecisionsTest {

  @Autowired SystemDecisions decisions;
  @Autowired RepositoryService repository;

  @Test
  void aLookupAnswersFromTheTableAsLastDeployed() {
    deploy("0.2");
    assertThat(share("GOOD")).isEqualTo("0.2");
    assertThat(share("GOOD")).as("the same inputs again").isEqualTo("0.2");
    assertThat(share("AVERAGE")).isEqualTo("0.1");

    deploy("0.25"); // the process owners change the table
    assertThat(share("GOOD")).as("the new table at once").isEqualTo("0.25");
    assertThat(share("AVERAGE")).isEqualTo("0.1");

    assertThatThrownBy(() -> decisions.lookup("LookupProbe", Variables.createVariables().putValue("unitGrade", "POOR")))
        .hasMessageContaining("matched no rule");
  }

  @Test
  void inputsThatAreNotPlainValuesAreNotKept() {
    assertThat(SystemDecisions.lookupKey("d:1", Variables.createVariables().putValue("a", "x").putValue("b", 2)))
        .isEqualTo("d:1|a=String:x|b=Integer:2");
    assertThat(SystemDecisions.lookupKey("d:1", Variables.createVariables().putValue("b", 2).putValue("a", "x")))
        .as("the inputs' order does not matter").isEqualTo("d:1|a=String:x|b=Integer:2");
    assertThat(SystemDecisions.lookupKey("d:1", Variables.createVariables().putValue("a", 2L)))
        .as("a long is not an integer").isNotEqualTo(SystemDecisions.lookupKey("d:1", Variables.createVariables().putValue("a", 2)));
    assertThat(SystemDecisions.lookupKey("d:1", Variables.createVariables().putValue("a", List.of("x")))).isNull();
  }

  private String share(String unitGrade) {
    Object share = decisions.lookup("LookupProbe", Variables.createVariables().putValue("unitGrade", unitGrade))
        .getEntry("share");
    return String.valueOf(share);
  }

  private void deploy(String goodShare) {
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="LookupProbeDefinitions" name="查表探针" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="LookupProbe" name="查表探针" camunda:historyTimeToLive="P1D">
            <decisionTable id="DecisionTable_LookupProbe" hitPolicy="UNIQUE">
              <input id="Input_UnitGrade"><inputExpression id="InputExpression_UnitGrade" typeRef="string"><text>unitGrade</text></inputExpression></input>
              <output id="Output_Share" name="share" typeRef="string" />
              <rule id="Rule_Good"><inputEntry id="In_Good"><text>"GOOD"</text></inputEntry><outputEntry id="Out_Good"><text>"%s"</text></outputEntry></rule>
              <rule id="Rule_Average"><inputEntry id="In_Average"><text>"AVERAGE"</text></inputEntry><outputEntry id="Out_Average"><text>"0.1"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(goodShare);
    repository.createDeployment().name("lookup-probe").addString("lookup-probe.dmn",
        new String(dmn.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).deploy();
  }
}
