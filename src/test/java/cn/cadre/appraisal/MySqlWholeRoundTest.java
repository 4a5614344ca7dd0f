package cn.cadre.appraisal;

import cn.cadre.appraisal.support.OnMySql;

/** A small province's whole round by the driver on MySQL/MariaDB; skipped, with the reason, without a server. */
class MySqlWholeRoundTest extends WholeRoundScenario implements OnMySql {

  @Override
  int year() {
    return 2096;
  }
}
