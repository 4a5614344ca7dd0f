package cn.cadre.appraisal.web;

import cn.cadre.appraisal.message.MessageService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page of the application shows the signed-in user's unread messages beside 消息 in its header. */
@ControllerAdvice(assignableTypes = {AppPageController.class, CadreFilePageController.class, MessagePageController.class})
class UnreadMessagesAdvice {

  private final MessageService messages;

  UnreadMessagesAdvice(MessageService messages) {
    this.messages = messages;
  }

  @ModelAttribute
  void unread(Authentication user, Model model) {
    if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
      model.addAttribute("unreadMessages", messages.unread(user.getName()));
    }
  }
}
