package cn.cadre.appraisal.web;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.account.AccountService;
import cn.cadre.appraisal.account.SignInEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts over the API: a user changes their own password (the one thing a one-time password
 * allows); org-dept or an administrator resets a user's to a new one-time password; administrators
 * read the sign-in record.
 */
@RestController
class AccountController {

  private final AccountService accounts;

  AccountController(AccountService accounts) {
    this.accounts = accounts;
  }

  @PostMapping("/api/account/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassword(@RequestBody PasswordChange change, Authentication user, HttpServletRequest request) {
    if (change == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    accounts.changePassword(user.getName(), change.currentPassword(), change.newPassword(), "api",
        request.getRemoteAddr());
  }

  /** A new one-time password, answered this once (hand it over sealed, like the import's slips). */
  @PostMapping("/api/accounts/{userId}/password-reset")
  @PreAuthorize(CalibrationController.ORG_DEPT)
  Reset reset(@PathVariable String userId, Authentication user, HttpServletRequest request) {
    boolean admin = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("GROUP_camunda-admin"));
    return new Reset(userId, accounts.resetPassword(userId, user.getName(), admin, request.getRemoteAddr()));
  }

  @GetMapping("/api/accounts/sign-ins")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  List<Event> signIns(@RequestParam(required = false) String user, @RequestParam(defaultValue = "100") int limit) {
    return accounts.events(user, limit).stream().map(Event::of).toList();
  }

  record PasswordChange(String currentPassword, String newPassword) {}

  record Reset(String userId, String oneTimePassword) {}

  record Event(String userId, SignInEvent.Kind kind, String channel, String remoteAddress, String detail,
               LocalDateTime at) {
    static Event of(SignInEvent e) {
      return new Event(e.getUserId(), e.getKind(), e.getChannel(), e.getRemoteAddress(), e.getDetail(), e.getAt());
    }
  }
}
