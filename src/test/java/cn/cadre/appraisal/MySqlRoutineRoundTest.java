package cn.cadre.appraisal;

import cn.cadre.appraisal.support.OnMySql;

/**
 * The routine round on a real MySQL/MariaDB server (mysql profile, a database created empty for this
 * run). Skipped, with the reason, when no server answers.
 */
class MySqlRoutineRoundTest extends RoutineRoundScenario implements OnMySql {}
