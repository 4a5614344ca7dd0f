package cn.cadre.appraisal;

import org.springframework.test.context.ActiveProfiles;

/** Anonymous ballots on the default embedded H2 database. */
@ActiveProfiles("test")
class H2BallotTest extends BallotScenario {}
