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

  /** A select's options as Camunda Forms reads them from a variable (valuesKey): [{label, value}, …]. */
  public static ObjectValue options(Map<String, String> labelsByValue) {
    // LinkedHashMap, not Map.of: the engine deserializes only the types on its allow-list
    List<Map<String, String>> options = new ArrayList<>();
    labelsByValue.forEach((value, label) -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", label);
      option.put("value", value);
      options.add(option);
    });
    return Variables.objectValue(options).serializationDataFormat(SerializationDataFormats.JSON).create();
  }
}
