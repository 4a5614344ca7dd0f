package cn.cadre.appraisal.process.engine;

import java.util.function.Supplier;

/**
 * Marks the engine calls that the application's own adapters make on a signed-in user's behalf
 * (starting a round, lodging an objection): their variables come from the application's services,
 * not from the user, so {@link ProcessVariableGuard} lets them through. Every other call a signed-in
 * user makes — /engine-rest, Tasklist, Cockpit — is checked.
 */
public final class ApplicationCalls {

  private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

  private ApplicationCalls() {}

  public static <T> T run(Supplier<T> call) {
    boolean outer = ACTIVE.get();
    ACTIVE.set(true);
    try {
      return call.get();
    } finally {
      ACTIVE.set(outer);
    }
  }

  public static void run(Runnable call) {
    run(() -> {
      call.run();
      return null;
    });
  }

  static boolean active() {
    return ACTIVE.get();
  }
}
