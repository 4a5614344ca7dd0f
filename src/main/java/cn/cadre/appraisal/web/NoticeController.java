package cn.cadre.appraisal.web;

import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeService;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.MediaType;
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

  @GetMapping(value = "/{id}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String html(@PathVariable long id, Authentication auth) {
    return notices.notice(id, Viewers.of(auth)).getHtml();
  }

  record NoticeSummary(long id, String type, String title, String recipientCode, String recipientName,
                       String reference, LocalDateTime createdAt) {
    static NoticeSummary of(Notice n) {
      return new NoticeSummary(n.getId(), n.getType().name(), n.getTitle(), n.getRecipient().getCode(),
          n.getRecipient().getName(), n.getReference(), n.getCreatedAt());
    }
  }
}
