package cn.cadre.appraisal;

import org.springframework.test.context.ActiveProfiles;

/** The special appraisal on the embedded H2 database, in the shared test JVM. */
@ActiveProfiles("test")
class H2SpecialAppraisalTest extends SpecialAppraisalScenario {}
