package cn.cadre.appraisal;

import cn.cadre.appraisal.support.OnMySql;

/**
 * The round of 320 cadres in 20 units through calibration and approval on a real MySQL/MariaDB
 * server (mysql profile, a database created empty for this run). Skipped, with the reason, when no
 * server answers.
 */
class MySqlCalibrationAtScaleTest extends CalibrationAtScaleScenario implements OnMySql {
}
