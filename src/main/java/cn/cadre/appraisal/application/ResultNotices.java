package cn.cadre.appraisal.application;

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

/** Issues a path's notice to whom the finding concerns: the cadre, or for a team its principal. */
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

  Cadre recipientOf(ResultSubject subject) {
    return subject.getCadre() != null ? subject.getCadre() : organisation.principalOf(subject.getUnit());
  }

  /** One notice per type and path of a subject, however often a job retries. */
  Notice issue(ResultAction action, NoticeType type, int year, Map<String, Object> values) {
    return issue(action, type, year, values, null);
  }

  /** occasion tells apart notices a path may send more than once, e.g. a training class assigned again after leave. */
  Notice issue(ResultAction action, NoticeType type, int year, Map<String, Object> values, String occasion) {
    Map<String, Object> model = new HashMap<>(values);
    model.put("year", year);
    ResultSubject subject = action.getSubject();
    // annual subjects keep the reference notices had before subjects existed, so a retry finds them
    String owner = subject.getGradeRecordId() != null ? "grade-record-" + subject.getGradeRecordId()
        : "subject-" + subject.getId();
    String reference = "result-application/" + owner + "/" + action.getPath().name()
        + (occasion == null ? "" : "/" + occasion);
    model.putIfAbsent("basis", subject.getBasis());
    return notices.issue(type, recipientOf(subject), action.getCampaignId(), reference, model);
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
