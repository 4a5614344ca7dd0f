package cn.cadre.appraisal.process.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Finds the variables an engine command would write or remove, wherever the engine keeps them in
 * the command (its own fields, its builder, its modification instructions). Read from the command
 * object rather than from a list of endpoints, so that a REST endpoint or command added by a later
 * engine release that carries variables is refused too.
 */
final class VariablePayloads {

  private static final int MAX_DEPTH = 4;

  private VariablePayloads() {}

  /** The name of one variable the command would write or remove, if it carries any. */
  static Optional<String> firstVariable(Object command) {
    if (command instanceof AbstractRemoveVariableCmd || command instanceof AbstractPatchVariablesCmd) {
      Optional<String> removed = find(command, 0, Collections.newSetFromMap(new IdentityHashMap<>()), true);
      if (removed.isPresent()) {
        return removed;
      }
    }
    return find(command, 0, Collections.newSetFromMap(new IdentityHashMap<>()), false);
  }

  private static Optional<String> find(Object object, int depth, Set<Object> seen, boolean namesToo) {
    if (object == null || depth > MAX_DEPTH || !seen.add(object)) {
      return Optional.empty();
    }
    for (Class<?> type = object.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        Object value = read(field, object);
        String name = field.getName().toLowerCase(Locale.ROOT);
        if (value instanceof Map<?, ?> map && !map.isEmpty()
            && (value instanceof VariableMap || name.contains("variable") || name.contains("properties"))) {
          return Optional.of(String.valueOf(map.keySet().iterator().next()));
        }
        if (namesToo && value instanceof Collection<?> names && !names.isEmpty()
            && (name.contains("variablename") || name.contains("deletion"))) {
          return Optional.of(String.valueOf(names.iterator().next()));
        }
        if (value instanceof Collection<?> items) {
          for (Object item : items) {
            Optional<String> found = engineObject(item) ? find(item, depth + 1, seen, namesToo) : Optional.empty();
            if (found.isPresent()) {
              return found;
            }
          }
        } else if (engineObject(value)) {
          Optional<String> found = find(value, depth + 1, seen, namesToo);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Commands, builders and instructions: not entities, services or the engine's configuration. */
  private static boolean engineObject(Object value) {
    if (value == null) {
      return false;
    }
    String name = value.getClass().getName();
    return name.startsWith("org.camunda.bpm.engine.impl.")
        && !name.startsWith("org.camunda.bpm.engine.impl.persistence.")
        && !name.startsWith("org.camunda.bpm.engine.impl.cfg.")
        && !name.contains("ServiceImpl")
        && !name.contains("CommandExecutor")
        && !name.startsWith("org.camunda.bpm.engine.impl.interceptor.");
  }

  private static Object read(Field field, Object target) {
    try {
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
