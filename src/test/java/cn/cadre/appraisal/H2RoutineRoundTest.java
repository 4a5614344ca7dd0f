package cn.cadre.appraisal;

import org.springframework.test.context.ActiveProfiles;

/** The routine round on the embedded H2 database, in the shared test JVM. */
@ActiveProfiles("test")
class H2RoutineRoundTest extends RoutineRoundScenario {}
