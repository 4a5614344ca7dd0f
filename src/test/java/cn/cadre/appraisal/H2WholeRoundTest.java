package cn.cadre.appraisal;

import org.springframework.test.context.ActiveProfiles;

/** A small province's whole round by the driver, on the default embedded H2 database. */
@ActiveProfiles("test")
class H2WholeRoundTest extends WholeRoundScenario {

  @Override
  int year() {
    return 2095;
  }
}
