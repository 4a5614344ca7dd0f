package cn.cadre.appraisal;

import cn.cadre.appraisal.support.OnMySql;

/**
 * Result application after a whole round on a real MySQL/MariaDB server (mysql profile, a database
 * created empty for this run). Skipped, with the reason, when no server answers.
 */
class MySqlResultApplicationTest extends ResultApplicationScenario implements OnMySql {
}
