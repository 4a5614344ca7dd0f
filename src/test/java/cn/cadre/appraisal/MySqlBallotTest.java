package cn.cadre.appraisal;

import cn.cadre.appraisal.support.OnMySql;

/**
 * Anonymous ballots on a real MySQL/MariaDB server (mysql profile, a database
 * created empty for this run). Skipped, with the reason, when no server answers.
 */
class MySqlBallotTest extends BallotScenario implements OnMySql {

  /** The limit is counted in memory, so 10,000 guesses (on H2) prove nothing more here than 2,000. */
  @Override
  int guesses() {
    return 2_000;
  }
}
