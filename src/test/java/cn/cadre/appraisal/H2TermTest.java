package cn.cadre.appraisal;

import org.springframework.test.context.ActiveProfiles;

/** The term appraisal on the embedded H2 database, in the shared test JVM. */
@ActiveProfiles("test")
class H2TermTest extends TermScenario {}
