package cn.cadre.appraisal.notice;

import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.spreadsheet.Sheets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices register (发文登记簿) as a spreadsheet: the notices a filter finds, in the order they
 * were issued, with their document numbers, kinds, recipients and dates, and whether and when each
 * recipient received theirs (签收), as an office keeps it.
 */
@Component
public class NoticeRegister {

  static final List<String> HEADER = List.of("序号", "文号", "文种", "标题", "收文对象", "干部编码", "所在单位", "印发时间",
      "签收情况", "签收时间");
  private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final NoticeService notices;

  NoticeRegister(NoticeService notices) {
    this.notices = notices;
  }

  /** The register of the notices {@code filter} finds for {@code viewer} (org-dept: any; a cadre: their own). */
  @Transactional(readOnly = true)
  public byte[] export(NoticeFilter filter, Viewer viewer) {
    List<Notice> found = notices.find(filter, viewer);
    return Sheets.write("发文登记", HEADER, sheet -> {
      int n = 0;
      for (Notice notice : found) {
        n++;
        Sheets.values(sheet.createRow(n), n, notice.getDocumentNumber(), notice.getType().title(), notice.getTitle(),
            notice.getRecipient().getName(), notice.getRecipient().getCode(), notice.getRecipient().getUnit().getName(),
            notice.getCreatedAt().format(ISSUED), notice.getReceivedAt() == null ? "未签收" : "已签收",
            notice.getReceivedAt() == null ? null : notice.getReceivedAt().format(ISSUED));
      }
    });
  }
}
