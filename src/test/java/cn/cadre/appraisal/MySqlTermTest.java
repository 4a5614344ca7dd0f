package cn.cadre.appraisal;

import cn.cadre.appraisal.support.OnMySql;

/**
 * The term appraisal on a real MySQL/MariaDB server (mysql profile, a database created empty for this
 * run). Skipped, with the reason, when no server answers.
 */
class MySqlTermTest extends TermScenario implements OnMySql {}
