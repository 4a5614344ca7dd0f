package cn.cadre.appraisal.web;

import cn.cadre.appraisal.notice.Notice;
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

  NoticeController(NoticeService notices) {
    this.notices = notices;
  }

  @GetMapping
  List<NoticeSummary> list(@RequestParam("cadre") String cadreCode, Authentication auth) {
    return notices.noticesOf(cadreCode, Viewers.of(auth)).stream().map(NoticeSummary::of).toList();
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

  @GetMapping(value = "/{id}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String html(@PathVariable long id, Authentication auth) {
    return notices.notice(id, Viewers.of(auth)).getHtml();
  }

  record NoticeSummary(long id, String type, String title, String documentNumber, String recipientCode,
                       String recipientName, String reference, LocalDateTime createdAt) {
    static NoticeSummary of(Notice n) {
      return new NoticeSummary(n.getId(), n.getType().name(), n.getTitle(), n.getDocumentNumber(),
          n.getRecipient().getCode(), n.getRecipient().getName(), n.getReference(), n.getCreatedAt());
    }
  }
}
