package cn.cadre.appraisal;

import org.springframework.test.context.ActiveProfiles;

/** 综合考核 on the embedded H2 database, in the shared test JVM. */
@ActiveProfiles("test")
class H2UnitScoringTest extends UnitScoringScenario {}
