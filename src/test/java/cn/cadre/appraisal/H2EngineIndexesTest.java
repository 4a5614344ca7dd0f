package cn.cadre.appraisal;

import org.springframework.test.context.ActiveProfiles;

/** The engine's added indexes on the default embedded H2 database. */
@ActiveProfiles("test")
class H2EngineIndexesTest extends EngineIndexesScenario {}
