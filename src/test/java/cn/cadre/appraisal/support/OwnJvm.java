package cn.cadre.appraisal.support;

/**
 * Tag for a Spring test class whose context differs from the shared one (profile test): it runs
 * in a JVM of its own (see the surefire executions in pom.xml), because Camunda's REST API finds
 * "the default engine" in a JVM-wide registry that a second engine would take over.
 */
public final class OwnJvm {

  public static final String TAG = "own-jvm";

  /** The MySQL-backed scenarios: all in one JVM of their own, sharing one database and context. */
  public static final String MYSQL_TAG = "mysql";

  private OwnJvm() {}
}
