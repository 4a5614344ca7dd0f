package cn.cadre.appraisal.web;

import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeFilter;
import cn.cadre.appraisal.notice.NoticeService;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Notices: a cadre reads their own; the organisation department reads any. */
@RestController
@RequestMapping("/api/notices")
class NoticeController {

  private final NoticeService notices;
  private final cn.cadre.appraisal.notice.NoticeRegister register;

  NoticeController(NoticeService notices, cn.cadre.appraisal.notice.NoticeRegister register) {
    this.notices = notices;
    this.register = register;
  }

  /**
   * Notices filtered by round, type, recipient's unit and recipient (cadre or its alias recipient);
   * a cadre must name themselves as recipient, the organisation department may list any.
   */
  @GetMapping
  List<NoticeSummary> list(@RequestParam(value = "cadre", required = false) String cadreCode,
      @RequestParam(value = "recipient", required = false) String recipient,
      @RequestParam(value = "campaign", required = false) Long campaignId,
      @RequestParam(value = "type", required = false) String type,
      @RequestParam(value = "unit", required = false) String unitCode, Authentication auth) {
    String who = cadreCode != null ? cadreCode : recipient;
    return notices.find(new NoticeFilter(campaignId, NoticeFilter.type(type), unitCode, who), Viewers.of(auth))
        .stream().map(NoticeSummary::of).toList();
  }

  /** The notices register (发文登记簿) of the same filter as a spreadsheet. */
  @GetMapping("/register.xlsx")
  ResponseEntity<byte[]> register(@RequestParam(value = "cadre", required = false) String cadreCode,
      @RequestParam(value = "recipient", required = false) String recipient,
      @RequestParam(value = "campaign", required = false) Long campaignId,
      @RequestParam(value = "type", required = false) String type,
      @RequestParam(value = "unit", required = false) String unitCode, Authentication auth) {
    String who = cadreCode != null ? cadreCode : recipient;
    return Downloads.xlsx("发文登记簿" + (campaignId == null ? "" : "-" + campaignId) + ".xlsx",
        register.export(new NoticeFilter(campaignId, NoticeFilter.type(type), unitCode, who), Viewers.of(auth)));
  }

  /** The same notice as an A4 PDF with the Chinese font embedded; shown inline by a browser. */
  @GetMapping(value = "/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication auth) {
    byte[] pdf = notices.pdf(id, Viewers.of(auth));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("notice-" + id + ".pdf").build().toString())
        .body(pdf);
  }

  /** The same notice as a Word document, for an office that finishes it in Word before sealing it. */
  @GetMapping(value = "/{id}.docx", produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
  ResponseEntity<byte[]> docx(@PathVariable long id, Authentication auth) {
    byte[] docx = notices.docx(id, Viewers.of(auth));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("notice-" + id + ".docx").build().toString())
        .body(docx);
  }

  /**
   * The notice itself as HTML (what a browser, or a client asking for anything, gets), or its
   * metadata for a client that asks for JSON by name.
   */
  @GetMapping(value = "/{id}", produces = {MediaType.TEXT_HTML_VALUE + ";charset=UTF-8", MediaType.APPLICATION_JSON_VALUE})
  ResponseEntity<?> notice(@PathVariable long id, Authentication auth,
      @org.springframework.web.bind.annotation.RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    if (wantsJson(accept)) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
          .body(notices.summaryOf(id, Viewers.of(auth), NoticeSummary::of));
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8"))
        .body(notices.notice(id, Viewers.of(auth)).getHtml());
  }

  /**
   * JSON only for a client that asks for JSON and would not take the notice itself: an Accept
   * header naming JSON without HTML or a wildcard (a generic client's "…, *&#47;*" gets the HTML).
   */
  private static boolean wantsJson(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    boolean json = false;
    for (MediaType type : MediaType.parseMediaTypes(accept)) {
      if (type.isWildcardType() || MediaType.TEXT_HTML.isCompatibleWith(type) && !type.isWildcardSubtype()) {
        return false;
      }
      json |= MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardSubtype();
    }
    return json;
  }

  record NoticeSummary(long id, String type, String title, String documentNumber, Long campaignId, String recipientCode,
                       String recipientName, String unitCode, String reference, LocalDateTime createdAt,
                       LocalDateTime receivedAt) {
    static NoticeSummary of(Notice n) {
      return new NoticeSummary(n.getId(), n.getType().name(), n.getTitle(), n.getDocumentNumber(), n.getCampaignId(),
          n.getRecipient().getCode(), n.getRecipient().getName(), n.getRecipient().getUnit().getCode(), n.getReference(),
          n.getCreatedAt(), n.getReceivedAt());
    }
  }
}
