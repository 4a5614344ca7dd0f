package cn.cadre.appraisal;

import cn.cadre.appraisal.support.MySqlAvailable;
import cn.cadre.appraisal.support.MySqlTestDatabase;
import cn.cadre.appraisal.support.OwnJvm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The round of 512 cadres in 32 units through calibration and approval on a real MySQL/MariaDB
 * server (mysql profile, a database created empty for this run). Skipped, with the reason, when no
 * server answers.
 */
@Tag(OwnJvm.TAG)
@ExtendWith(MySqlAvailable.class)
@ActiveProfiles("mysql")
class MySqlCalibrationAtScaleTest extends CalibrationAtScaleScenario {

  @BeforeAll
  static void emptyDatabase() {
    MySqlTestDatabase.recreate();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register(registry);
  }
}
