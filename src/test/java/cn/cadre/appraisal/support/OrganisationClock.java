package cn.cadre.appraisal.support;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as the application counts it: in the organisation's zone (appraisal.time-zone, Asia/Shanghai
 * in the tests), which differs from the test JVM's (UTC, see the pom) from 16:00 to 24:00 UTC.
 */
public final class OrganisationClock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private OrganisationClock() {}

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
