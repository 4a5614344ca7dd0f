package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeService;
import cn.cadre.appraisal.notice.NoticeType;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 述职: files accepted self-reports and acknowledges them to the cadre. */
@Service
public class SelfReportService {

  private final SelfReportRepository reports;
  private final OrganisationService organisation;
  private final NoticeService notices;
  private final Clock clock;

  public SelfReportService(SelfReportRepository reports, OrganisationService organisation,
      NoticeService notices, Clock clock) {
    this.reports = reports;
    this.organisation = organisation;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * Files the accepted report. Filing the same text again (a retried job) is a no-op; a different
   * text for an already filed report is refused rather than overwriting it.
   */
  @Transactional
  public SelfReport file(String reference, int year, String cadreUserId, String reportText) {
    if (reportText == null || reportText.isBlank()) {
      throw new InvalidInputException("述职报告内容为空: " + cadreUserId);
    }
    Cadre cadre = organisation.cadreByUserId(cadreUserId);
    Optional<SelfReport> filed = reports.findByCadreAndReference(cadre, reference);
    if (filed.isPresent()) {
      if (!filed.get().getReportText().equals(reportText)) {
        throw new ConflictException("述职报告已归档，不能覆盖: " + cadre.getCode() + " " + reference);
      }
      return filed.get();
    }
    return reports.save(new SelfReport(cadre, reference, year, reportText, LocalDateTime.now(clock)));
  }

  /** Sends the cadre the receipt for the filed report (once per appraisal). */
  @Transactional
  public Notice sendReceipt(Long campaignId, String reference, int year, String cadreUserId, String reviewComment) {
    Cadre cadre = organisation.cadreByUserId(cadreUserId);
    Map<String, Object> model = new HashMap<>();
    model.put("year", year);
    model.put("reviewComment", reviewComment == null ? "" : reviewComment);
    return notices.issue(NoticeType.SELF_REPORT_RECEIPT, cadre, campaignId, reference, model);
  }
}
