package cn.cadre.appraisal.process;

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

  private final IdentityService identity;

  CamundaAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object password = authentication.getCredentials();
    if (userId == null || password == null || !identity.checkPassword(userId, password.toString())) {
      long wait = userId == null ? 0 : lockedForSeconds(userId);
      if (wait > 0) {
        // Camunda locks a user for a while after a wrong password; say so instead of "wrong password"
        throw new LockedException("密码连续输错，账户已暂时锁定，请在 " + wait + " 秒后重试");
      }
      throw new BadCredentialsException("用户名或密码错误");
    }
    List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id)).toList();
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
