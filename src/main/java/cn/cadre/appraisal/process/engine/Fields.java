package cn.cadre.appraisal.process.engine;

import java.lang.reflect.Field;

/** The engine's commands keep their arguments in protected fields without getters. */
final class Fields {

  private Fields() {}

  @SuppressWarnings("unchecked")
  static <T> T read(Object target, String name) {
    try {
      return (T) field(target.getClass(), name).get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static void write(Object target, String name, Object value) {
    try {
      field(target.getClass(), name).set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new IllegalStateException(type.getName() + " has no field " + name + ": the engine changed, review ProcessVariableGuard");
  }
}
