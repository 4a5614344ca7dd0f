package cn.cadre.appraisal;

import cn.cadre.appraisal.support.OnMySql;

/**
 * 综合考核 on a real MySQL/MariaDB server (mysql profile, a database created empty for this run).
 * Skipped, with the reason, when no server answers.
 */
class MySqlUnitScoringTest extends UnitScoringScenario implements OnMySql {}
