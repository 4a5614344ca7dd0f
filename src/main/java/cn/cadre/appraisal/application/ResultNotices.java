package cn.cadre.appraisal.application;

import cn.cadre.appraisal.grading.GradeRecord;
import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeService;
import cn.cadre.appraisal.notice.NoticeType;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Issues a path's notice to whom the grade concerns: the cadre, or for a team its principal. */
@Component
class ResultNotices {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final NoticeService notices;
  private final OrganisationService organisation;

  ResultNotices(NoticeService notices, OrganisationService organisation) {
    this.notices = notices;
    this.organisation = organisation;
  }

  Cadre recipientOf(GradeRecord record) {
    return record.getCadre() != null ? record.getCadre() : organisation.principalOf(record.getUnit());
  }

  /** One notice per type and path of a grade record, however often a job retries. */
  Notice issue(ResultAction action, NoticeType type, int year, Map<String, Object> values) {
    return issue(action, type, year, values, null);
  }

  /** occasion tells apart notices a path may send more than once, e.g. a training class assigned again after leave. */
  Notice issue(ResultAction action, NoticeType type, int year, Map<String, Object> values, String occasion) {
    Map<String, Object> model = new HashMap<>(values);
    model.put("year", year);
    String reference = "result-application/grade-record-" + action.getRecord().getId() + "/" + action.getPath().name()
        + (occasion == null ? "" : "/" + occasion);
    return notices.issue(type, recipientOf(action.getRecord()), action.getCampaignId(), reference, model);
  }

  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  static String minute(LocalDateTime time) {
    return time == null ? "" : MINUTE.format(time);
  }

  static String text(String value) {
    return value == null ? "" : value;
  }
}
