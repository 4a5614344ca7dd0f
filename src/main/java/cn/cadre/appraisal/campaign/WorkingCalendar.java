package cn.cadre.appraisal.campaign;

import cn.cadre.appraisal.settings.AppraisalSettings;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Working days for deadlines and the public-notice window: weekends and the configured public
 * holidays (appraisal.holidays, ISO dates) are skipped; configured make-up working days
 * (appraisal.working-weekends, 调休上班) count.
 */
@Component
public class WorkingCalendar {

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workingWeekends;

  @org.springframework.beans.factory.annotation.Autowired
  public WorkingCalendar(AppraisalSettings settings) {
    this(settings.holidays(), settings.workingWeekends());
  }

  public WorkingCalendar(List<LocalDate> holidays, List<LocalDate> workingWeekends) {
    this.holidays = Set.copyOf(holidays);
    this.workingWeekends = Set.copyOf(workingWeekends);
  }

  public boolean isWorkingDay(LocalDate day) {
    if (holidays.contains(day)) {
      return false;
    }
    boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    return !weekend || workingWeekends.contains(day);
  }

  /** The day on which a window of the given working days, opened on {@code start}, has run out. */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    LocalDate day = start;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
