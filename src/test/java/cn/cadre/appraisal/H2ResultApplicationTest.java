package cn.cadre.appraisal;

import org.springframework.test.context.ActiveProfiles;

/** Result application after a whole round, on the default embedded H2 database. */
@ActiveProfiles("test")
class H2ResultApplicationTest extends ResultApplicationScenario {}
