package cn.cadre.appraisal.web;

import cn.cadre.appraisal.account.AccountService;
import cn.cadre.appraisal.account.SignInEvent.Kind;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The sign-in record for the application's own pages and API: every sign-in on the pages (the API's
 * Basic authentication on each request is not a sign-in) and every failed one, with the address.
 */
@Component
class SignInEvents {

  private final AccountService accounts;

  SignInEvents(AccountService accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void signedIn(InteractiveAuthenticationSuccessEvent event) {
    accounts.record(event.getAuthentication().getName(), Kind.SIGNED_IN, "app", address(event.getAuthentication().getDetails()),
        null);
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    Object details = event.getAuthentication().getDetails();
    // the pages sign in within a session; the API's Basic authentication is stateless
    String channel = details instanceof WebAuthenticationDetails web && web.getSessionId() != null ? "app" : "api";
    accounts.record(event.getAuthentication().getName(), Kind.FAILED, channel, address(details),
        event.getException().getMessage());
  }

  private static String address(Object details) {
    return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
  }
}
