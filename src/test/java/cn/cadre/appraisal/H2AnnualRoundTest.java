package cn.cadre.appraisal;

import org.springframework.test.context.ActiveProfiles;

/** The whole round on the default embedded H2 database. */
@ActiveProfiles("test")
class H2AnnualRoundTest extends AnnualRoundScenario {}
