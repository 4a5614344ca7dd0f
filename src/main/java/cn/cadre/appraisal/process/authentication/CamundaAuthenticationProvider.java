package cn.cadre.appraisal.process.authentication;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import java.util.Date;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** HTTP Basic for /api checks the password against Camunda identity; groups become authorities. */
@Component
public class CamundaAuthenticationProvider implements AuthenticationProvider {

  /** Authority prefix of a Camunda group, e.g. GROUP_org-dept. */
  public static final String GROUP_PREFIX = "GROUP_";

  /** Granted to a user who still has a one-time password: they may do nothing but replace it. */
  public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

  private final IdentityService identity;
  private final cn.cadre.appraisal.account.AccountService accounts;

  CamundaAuthenticationProvider(IdentityService identity, @org.springframework.context.annotation.Lazy
      cn.cadre.appraisal.account.AccountService accounts) {
    this.identity = identity;
    this.accounts = accounts;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object password = authentication.getCredentials();
    if (userId == null || password == null) {
      throw new BadCredentialsException("用户名或密码错误");
    }
    // Camunda locks a user for a few seconds after each wrong password (longer after repeated ones):
    // a sign-in during the lock is refused whatever the password, and the user is told how long to wait
    long locked = lockedForSeconds(userId);
    if (locked > 0) {
      throw new LockedException("密码连续输错，账户已暂时锁定，请在 " + locked + " 秒后重试");
    }
    if (!identity.checkPassword(userId, password.toString())) {
      long wait = lockedForSeconds(userId);
      throw new BadCredentialsException(wait > 0 ? "用户名或密码错误，请在 " + wait + " 秒后重试" : "用户名或密码错误");
    }
    List<SimpleGrantedAuthority> groups = new java.util.ArrayList<>(identity.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id)).toList());
    if (accounts.mustChangePassword(userId)) {
      groups.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
    }
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  private long lockedForSeconds(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    Date until = user instanceof UserEntity entity ? entity.getLockExpirationTime() : null;
    long millis = until == null ? 0 : until.getTime() - ClockUtil.getCurrentTime().getTime();
    return millis <= 0 ? 0 : (millis + 999) / 1000;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
