package cn.cadre.appraisal;

import org.springframework.test.context.ActiveProfiles;

/**
 * A round of 144 cadres in 12 units through calibration and approval on the default embedded H2
 * database, in the shared test context (the regression for the calibration summary that no longer
 * fit a process variable above ~100 cadres). The 320-cadre round runs on MySQL/MariaDB
 * ({@link MySqlCalibrationAtScaleTest}) and, at any size, in the calibration benchmark.
 */
@ActiveProfiles("test")
class CalibrationAtScaleTest extends CalibrationAtScaleScenario {

  @Override
  int units() {
    return 12;
  }

  @Override
  int cadresPerUnit() {
    return 12;
  }

  @Override
  int minimumCadres() {
    return 120;
  }
}
