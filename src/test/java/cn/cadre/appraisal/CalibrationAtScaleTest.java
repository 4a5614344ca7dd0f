package cn.cadre.appraisal;

import org.springframework.test.context.ActiveProfiles;

/**
 * A round of 512 cadres in 32 units through calibration and approval on the default embedded H2
 * database, in the shared test context (the regression for the calibration summary that no longer
 * fit a process variable).
 */
@ActiveProfiles("test")
class CalibrationAtScaleTest extends CalibrationAtScaleScenario {}
