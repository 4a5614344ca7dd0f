package cn.cadre.appraisal;

import org.springframework.test.context.ActiveProfiles;

/** The scenario on the default embedded H2 database. */
@ActiveProfiles("test")
class H2SelfReportScenarioTest extends SelfReportScenario {}
