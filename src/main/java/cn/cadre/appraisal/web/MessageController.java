package cn.cadre.appraisal.web;

import cn.cadre.appraisal.message.Message;
import cn.cadre.appraisal.message.MessageService;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 站内消息: every signed-in user reads and marks their own messages, nobody else's. */
@RestController
class MessageController {

  private final MessageService messages;

  MessageController(MessageService messages) {
    this.messages = messages;
  }

  @GetMapping({"/api/messages", "/app/api/messages"})
  List<MessageView> list(@RequestParam(defaultValue = "false") boolean unread, Authentication auth) {
    return messages.inbox(auth.getName(), unread).stream().map(MessageView::of).toList();
  }

  @GetMapping({"/api/messages/unread-count", "/app/api/messages/unread-count"})
  Map<String, Long> unreadCount(Authentication auth) {
    return Map.of("unread", messages.unread(auth.getName()));
  }

  @PostMapping({"/api/messages/{message}/read", "/app/api/messages/{message}/read"})
  MessageView read(@PathVariable long message, Authentication auth) {
    return MessageView.of(messages.markRead(message, auth.getName()));
  }

  @PostMapping({"/api/messages/read-all", "/app/api/messages/read-all"})
  Map<String, Integer> readAll(Authentication auth) {
    return Map.of("marked", messages.markAllRead(auth.getName()));
  }

  record MessageView(long id, String kind, String kindLabel, String title, String body, String link,
                     LocalDateTime createdAt, LocalDateTime readAt) {
    static MessageView of(Message m) {
      return new MessageView(m.getId(), m.getKind().name(), m.getKind().label(), m.getTitle(), m.getBody(), m.getLink(),
          m.getCreatedAt(), m.getReadAt());
    }
  }
}
