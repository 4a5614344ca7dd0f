package cn.cadre.appraisal.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/** Lists and maps as JSON object variables: readable in Cockpit, no Java serialization. */
public final class JsonVariables {

  private JsonVariables() {}

  public static ObjectValue list(List<String> values) {
    return Variables.objectValue(new ArrayList<>(values)).serializationDataFormat(SerializationDataFormats.JSON).create();
  }

  public static ObjectValue map(Map<String, ?> values) {
    return Variables.objectValue(new LinkedHashMap<>(values)).serializationDataFormat(SerializationDataFormats.JSON).create();
  }
}
