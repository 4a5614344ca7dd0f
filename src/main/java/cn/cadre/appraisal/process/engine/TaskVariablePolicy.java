package cn.cadre.appraisal.process.engine;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the holder of one kind of user task may submit and read. Writable: the editable fields of
 * the task's Camunda Form (and what the model declares in the property {@code appraisal.writable}),
 * each with its type. Read-only: the form's read-only fields, shown but never written back.
 * Readable: every field of the form, the variables its selects take their options from, and what
 * the model declares in {@code appraisal.readable}. Nothing else leaves or enters through the task.
 */
public record TaskVariablePolicy(String taskKey, String formRef, Map<String, FieldType> writable,
    Set<String> readOnly, Set<String> readable) {

  public TaskVariablePolicy {
    writable = Map.copyOf(writable);
    readOnly = Set.copyOf(readOnly);
    readable = Set.copyOf(readable);
  }

  public boolean mayRead(String name) {
    return readable.contains(name);
  }

  public Set<String> writableNames() {
    return new TreeSet<>(writable.keySet());
  }

  public Set<String> readableNames() {
    return new TreeSet<>(readable);
  }
}
