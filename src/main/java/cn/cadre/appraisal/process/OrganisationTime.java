package cn.cadre.appraisal.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The engine keeps instants (due dates, timers); the domain keeps the organisation's wall-clock times
 * (a deadline is the end of a working day in Beijing, whatever zone the server runs in). Every
 * conversion between the two goes through here, in the zone of the application's clock
 * ({@code appraisal.time-zone}).
 */
@Component
public class OrganisationTime {

  private final ZoneId zone;

  OrganisationTime(Clock clock) {
    this.zone = clock.getZone();
  }

  public ZoneId zone() {
    return zone;
  }

  /** A wall-clock time of the organisation as the engine's instant. */
  public Date date(LocalDateTime at) {
    return Date.from(at.atZone(zone).toInstant());
  }

  /** The first instant of a day in the organisation (also: the end of the day before). */
  public Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }

  /** The last second of a day in the organisation. */
  public Date lastSecondOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant());
  }

  /** An engine instant as the organisation's wall-clock time; null stays null. */
  public LocalDateTime local(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), zone);
  }
}
