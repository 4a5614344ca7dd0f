package cn.cadre.appraisal;

import cn.cadre.appraisal.support.OnMySql;

/** The engine's added indexes on MySQL/MariaDB; skipped, with the reason, without a server. */
class MySqlEngineIndexesTest extends EngineIndexesScenario implements OnMySql {}
