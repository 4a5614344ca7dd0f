package cn.cadre.appraisal.support;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A scenario run on the MySQL test database: the class implements this and writes nothing else.
 * In the MySQL JVM (every such class, one after another, sharing one context as the H2 scenarios
 * do), in the mysql profile, on a database recreated empty once per JVM (MySqlAvailable), or
 * skipped with the reason when no server answers.
 */
@Tag(OwnJvm.MYSQL_TAG)
@ExtendWith(MySqlAvailable.class)
@ActiveProfiles("mysql")
public interface OnMySql {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register(registry);
  }
}
