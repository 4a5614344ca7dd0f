package cn.cadre.appraisal.notice;

import cn.cadre.appraisal.shared.Viewer;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.IssuingOrganService;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.organisation.OrganisationService;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Renders notices from FreeMarker templates and keeps exactly one per type, recipient and reference. */
@Service
public class NoticeService {

  private static final DateTimeFormatter ISSUED_ON = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final Configuration freemarker;
  private final NoticePdf pdf;
  private final NoticeRepository notices;
  private final OrganisationService organisation;
  private final Clock clock;
  private final IssuingOrganService organs;
  private final DocumentNumbers documentNumbers;
  private final NoticeDocx docx;
  private final cn.cadre.appraisal.message.MessageService messages;

  public NoticeService(Configuration freemarker, NoticePdf pdf, NoticeRepository notices,
      OrganisationService organisation, Clock clock, IssuingOrganService organs, DocumentNumbers documentNumbers,
      NoticeDocx docx, cn.cadre.appraisal.message.MessageService messages) {
    this.messages = messages;
    this.docx = docx;
    this.organs = organs;
    this.documentNumbers = documentNumbers;
    this.freemarker = freemarker;
    this.pdf = pdf;
    this.notices = notices;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** Issues a notice that belongs to no round. */
  @Transactional
  public Notice issue(NoticeType type, Cadre recipient, String reference, Map<String, Object> model) {
    return issue(type, recipient, null, reference, model);
  }

  /**
   * Issues the notice unless it already exists (a retried job must not write a second one; two
   * concurrent issuers collide on the unique key and the loser's job is retried and finds it).
   */
  @Transactional
  public Notice issue(NoticeType type, Cadre recipient, Long campaignId, String reference, Map<String, Object> model) {
    return notices.findByTypeAndRecipientAndReference(type, recipient, reference).orElseGet(() -> {
      LocalDateTime now = LocalDateTime.now(clock);
      int year = model.get("year") instanceof Number n ? n.intValue() : now.getYear();
      // the organisation's organ, or a refusal that says to set it (never another organ's name)
      IssuingOrganService.Organ organ = organs.require();
      String number = documentNumbers.next(organ.documentPrefix(), type, year);
      Map<String, Object> numbered = new HashMap<>(model);
      numbered.put("documentNumber", number);
      numbered.put("issuingOrgan", organ.name());
      Notice issued = notices.save(new Notice(type, recipient, campaignId, reference, type.title(), number,
          render(type, recipient, numbered), now));
      // the recipient is told in the application; opening the PDF from there is the receipt (签收)
      if (recipient.getUserId() != null) {
        messages.post(List.of(recipient.getUserId()), cn.cadre.appraisal.message.MessageKind.NOTICE,
            "新通知：" + issued.getTitle(), organ.name() + "印发《" + issued.getTitle() + "》（" + number
                + "），请及时查阅签收。", "/app/notices/" + issued.getId() + ".pdf", "notice/" + issued.getId());
      }
      return issued;
    });
  }

  String render(NoticeType type, Cadre recipient, Map<String, Object> model) {
    Map<String, Object> data = new HashMap<>(model);
    data.put("title", type.title());
    data.put("letter", type.letter());
    data.put("cadreName", recipient.getName());
    data.put("cadrePosition", recipient.getPosition());
    data.put("unitName", recipient.getUnit().getName());
    data.putIfAbsent("issuingOrgan", organs.require().name());
    data.put("issuedOn", ISSUED_ON.format(LocalDateTime.now(clock)));
    try {
      StringWriter out = new StringWriter();
      freemarker.getTemplate(type.template()).process(data, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("Notice template " + type.template() + " failed: " + e.getMessage(), e);
    }
  }

  /** Notices of one cadre, for that cadre or for the organisation department. */
  @Transactional(readOnly = true)
  public List<Notice> noticesOf(String cadreCode, Viewer viewer) {
    Cadre cadre = organisation.cadreByCode(cadreCode);
    checkMayRead(cadre, viewer);
    return notices.findByRecipientOrderByCreatedAtAscIdAsc(cadre);
  }

  /** A cadre's notices for their appraisal file, whose reader the file has already admitted. */
  @Transactional(readOnly = true)
  public List<Notice> noticesFiledFor(Cadre cadre) {
    return notices.findByRecipientOrderByCreatedAtAscIdAsc(cadre);
  }

  /** Notices matching the filter; anyone but the organisation department must name themselves as recipient. */
  @Transactional(readOnly = true)
  public List<Notice> find(NoticeFilter filter, Viewer viewer) {
    if (filter.recipientCode() != null) {
      checkMayRead(organisation.cadreByCode(filter.recipientCode()), viewer);
    } else if (!viewer.isOrgDept()) {
      throw new AccessDeniedException("只能查看本人的通知（请指定 recipient 为本人编码）");
    }
    return notices.find(filter.campaignId(), filter.type(), filter.unitCode(), filter.recipientCode());
  }

  /**
   * The notice, for its recipient or for the organisation department. The recipient's first opening
   * (as HTML, PDF, Word or its metadata) is its receipt (签收), with the time; nobody else's counts.
   */
  @Transactional
  public Notice notice(long id, Viewer viewer) {
    Notice notice = notices.findById(id).orElseThrow(() -> new NotFoundException("通知不存在: " + id));
    checkMayRead(notice.getRecipient(), viewer);
    if (notice.getReceivedAt() == null && viewer.userId() != null && viewer.userId().equals(notice.getRecipient().getUserId())) {
      notices.markReceived(id, LocalDateTime.now(clock)); // 0 rows when a concurrent opening was first
      notice = notices.findById(id).orElseThrow();
    }
    return notice;
  }

  /** A view of the notice built while its recipient can still be read (one transaction). */
  @Transactional
  public <T> T summaryOf(long id, Viewer viewer, java.util.function.Function<Notice, T> view) {
    return view.apply(notice(id, viewer));
  }

  /** The notice as an A4 PDF, for its recipient or for the organisation department. */
  @Transactional
  public byte[] pdf(long id, Viewer viewer) {
    return pdf.render(notice(id, viewer).getHtml());
  }

  /** The notice as a Word document (.docx), its recorded text and number in the same layout. */
  @Transactional
  public byte[] docx(long id, Viewer viewer) {
    return docx.render(notice(id, viewer).getHtml());
  }

  private static void checkMayRead(Cadre cadre, Viewer viewer) {
    if (!viewer.isOrgDept() && !cadre.getUserId().equals(viewer.userId())) {
      throw new AccessDeniedException("只能查看本人的通知");
    }
  }

  /** How many notices of each kind a round issued and how many were received, in the kinds' order. */
  @Transactional(readOnly = true)
  public java.util.Map<NoticeType, Issued> countsByType(Long campaignId) {
    java.util.Map<NoticeType, Issued> counts = new java.util.EnumMap<>(NoticeType.class);
    for (Object[] row : notices.countByType(campaignId)) {
      counts.put((NoticeType) row[0], new Issued(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
    }
    return counts;
  }

  /** Notices of a kind: issued, and of those received (签收). */
  public record Issued(long issued, long received) {}
}
