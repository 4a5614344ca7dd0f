package cn.cadre.appraisal.web;

import cn.cadre.appraisal.message.MessageService;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** 站内消息 on the application's pages: the list, a message opened (marked read, then its link), all read. */
@Controller
class MessagePageController {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MessageService messages;

  MessagePageController(MessageService messages) {
    this.messages = messages;
  }

  @GetMapping("/app/messages")
  String list(Authentication user, CsrfToken csrf, Model model) {
    AppPageController.page(user, csrf, model);
    model.addAttribute("messages", messages.inbox(user.getName(), false).stream().map(m -> Map.<String, Object>of(
        "id", m.getId(), "kind", m.getKind().label(), "title", m.getTitle(), "body", m.getBody(),
        "link", m.getLink() == null ? "" : m.getLink(), "createdAt", m.getCreatedAt().format(SHOWN),
        "read", m.getReadAt() != null)).toList());
    return "app/messages";
  }

  /** Opening a message marks it read and follows its link (a task, a notice's PDF), or comes back to the list. */
  @PostMapping("/app/messages/{id}/open")
  String open(@PathVariable long id, Authentication user) {
    String link;
    try {
      link = messages.markRead(id, user.getName()).getLink();
    } catch (cn.cadre.appraisal.shared.NotFoundException e) {
      return "redirect:/app/messages"; // not theirs (or gone): back to their own list, nothing changed
    }
    // only a path of this application: never another site, not even by a protocol-relative "//host"
    boolean local = link != null && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\");
    return "redirect:" + (local ? link : "/app/messages");
  }

  @PostMapping("/app/messages/read-all")
  String readAll(Authentication user) {
    messages.markAllRead(user.getName());
    return "redirect:/app/messages";
  }
}
