package cn.cadre.appraisal.account;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.account.SignInEvent.Kind;
import cn.cadre.appraisal.organisation.NewAccounts;
import cn.cadre.appraisal.shared.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts fit for an organisation: nobody shares a password. A user created by the roster (or whose
 * password is reset) gets a random one-time password, handed once to whoever created it and never
 * stored or logged in clear; at the next sign-in they must choose their own under the password policy
 * before anything else. Sign-ins, failures, changes and resets are recorded for the administrators.
 */
@Service
public class AccountService implements NewAccounts {

  // no 0/O, 1/l/I: the passwords are read off printed slips
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SPECIAL = "#%+=?@";
  static final int ONE_TIME_LENGTH = 12;

  private final AccountRepository accounts;
  private final SignInEventRepository events;
  private final PasswordStore passwords;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  AccountService(AccountRepository accounts, SignInEventRepository events, PasswordStore passwords, Clock clock) {
    this.accounts = accounts;
    this.events = events;
    this.passwords = passwords;
    this.clock = clock;
  }

  @Override
  @Transactional
  public String issueOneTimePassword(String userId, String issuedBy) {
    Account account = accounts.findById(userId).orElseGet(() -> accounts.save(new Account(userId)));
    account.oneTimeIssued(issuedBy, LocalDateTime.now(clock));
    return oneTimePassword();
  }

  @Override
  @Transactional
  public java.util.Map<String, String> issueOneTimePasswords(List<String> userIds, String issuedBy) {
    java.util.Map<String, Account> known = new java.util.HashMap<>();
    accounts.findAllById(userIds).forEach(a -> known.put(a.getUserId(), a));
    LocalDateTime now = LocalDateTime.now(clock);
    List<Account> fresh = new ArrayList<>();
    java.util.Map<String, String> passwords = new java.util.LinkedHashMap<>();
    for (String userId : userIds) {
      Account account = known.get(userId);
      if (account == null) {
        account = new Account(userId);
        fresh.add(account);
      }
      account.oneTimeIssued(issuedBy, now);
      passwords.put(userId, oneTimePassword());
    }
    accounts.saveAll(fresh);
    return passwords;
  }

  /** Whether the user still has a one-time password (and may do nothing but replace it). */
  @Transactional(readOnly = true)
  public boolean mustChangePassword(String userId) {
    return userId != null && accounts.findById(userId).map(Account::isMustChangePassword).orElse(false);
  }

  /**
   * The user replaces their password: the current one must be right, the new one must differ and
   * meet the policy (every rule it breaks is named). Clears the one-time state.
   */
  @Transactional
  public void changePassword(String userId, String current, String candidate, String channel, String remoteAddress) {
    if (current == null || !passwords.check(userId, current)) {
      throw new InvalidInputException("当前密码不正确");
    }
    if (candidate == null || candidate.isEmpty()) {
      throw new InvalidInputException("新密码不能为空");
    }
    if (candidate.equals(current)) {
      throw new InvalidInputException("新密码不能与当前密码相同");
    }
    List<String> problems = passwords.policyProblems(userId, candidate);
    if (!problems.isEmpty()) {
      throw InvalidInputException.summarised("新密码不符合密码规则", problems);
    }
    passwords.set(userId, candidate);
    LocalDateTime now = LocalDateTime.now(clock);
    accounts.findById(userId).orElseGet(() -> accounts.save(new Account(userId))).passwordChanged(now);
    events.save(new SignInEvent(userId, Kind.PASSWORD_CHANGED, channel, remoteAddress, null, now));
  }

  /**
   * A new one-time password for a user who lost theirs (administrator or organisation department;
   * only an administrator resets an administrator's or the organisation department's).
   */
  @Transactional
  public String resetPassword(String userId, String actor, boolean actorIsAdministrator, String remoteAddress) {
    if (!passwords.exists(userId)) {
      throw new NotFoundException("用户不存在: " + userId);
    }
    if (!actorIsAdministrator && passwords.privileged(userId)) {
      throw new org.springframework.security.access.AccessDeniedException("只有系统管理员可以重置组织部或管理员的密码");
    }
    String password = issueOneTimePassword(userId, actor);
    passwords.set(userId, password);
    events.save(new SignInEvent(userId, Kind.PASSWORD_RESET, "api", remoteAddress, "由 " + actor + " 重置为一次性密码",
        LocalDateTime.now(clock)));
    return password;
  }

  /** Records a sign-in event in its own transaction: a refused request rolls back, its record stays. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(String userId, Kind kind, String channel, String remoteAddress, String detail) {
    if (userId == null || userId.isBlank()) {
      return;
    }
    events.save(new SignInEvent(userId, kind, channel, remoteAddress, detail, LocalDateTime.now(clock)));
  }

  /** The newest events, of one user or of everyone. */
  @Transactional(readOnly = true)
  public List<SignInEvent> events(String userId, int limit) {
    if (limit < 1 || limit > 1000) {
      throw new InvalidInputException("limit 应在1到1000之间: " + limit);
    }
    PageRequest page = PageRequest.of(0, limit);
    return userId == null || userId.isBlank() ? events.findAllByOrderByIdDesc(page)
        : events.findByUserIdOrderByIdDesc(userId, page);
  }

  /** Twelve characters with every class the policy asks for, from an alphabet that reads unambiguously. */
  String oneTimePassword() {
    List<Character> chars = new ArrayList<>();
    chars.add(pick(UPPER));
    chars.add(pick(LOWER));
    chars.add(pick(DIGITS));
    chars.add(pick(SPECIAL));
    String all = UPPER + LOWER + DIGITS;
    while (chars.size() < ONE_TIME_LENGTH) {
      chars.add(pick(all));
    }
    Collections.shuffle(chars, random);
    StringBuilder password = new StringBuilder();
    chars.forEach(password::append);
    return password.toString();
  }

  private char pick(String alphabet) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }
}
