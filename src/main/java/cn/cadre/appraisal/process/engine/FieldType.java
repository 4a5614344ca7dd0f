package cn.cadre.appraisal.process.engine;

import java.util.Date;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** The value a Camunda Form field submits, by the field's type; nothing else is written. */
public enum FieldType {
  TEXT("文本"), NUMBER("数字"), BOOLEAN("是/否"), DATE_TIME("日期时间");

  private final String label;

  FieldType(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  static FieldType ofComponent(String formJsType) {
    return switch (formJsType) {
      case "number" -> NUMBER;
      case "checkbox" -> BOOLEAN;
      case "datetime" -> DATE_TIME;
      default -> TEXT; // textfield, textarea, select, radio
    };
  }

  /**
   * Whether a submitted value fits: untyped JSON values and the primitive value types only, so that
   * no serialized object (Java, JSON or XML naming a class) reaches the engine from a form.
   */
  boolean accepts(Object submitted) {
    Object value = submitted;
    if (submitted instanceof TypedValue typed) {
      ValueType type = typed.getType();
      if (type != null && !type.isPrimitiveValueType()) {
        return false;
      }
      value = typed.getValue();
    }
    if (value == null) {
      return true;
    }
    return switch (this) {
      case TEXT -> value instanceof String;
      case NUMBER -> value instanceof Number;
      case BOOLEAN -> value instanceof Boolean;
      case DATE_TIME -> value instanceof String || value instanceof Date;
    };
  }
}
