package cn.cadre.appraisal.process.identity;

import cn.cadre.appraisal.shared.ConflictException;

import cn.cadre.appraisal.process.AsApplication;
import cn.cadre.appraisal.settings.AppraisalSettings;
import cn.cadre.appraisal.account.PasswordStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import org.springframework.stereotype.Component;

/**
 * Passwords in Camunda's identity store, judged by Camunda's own password-policy rules (length,
 * lower and upper case, digit, special character, not the user's id or name), configured here and
 * explained in Chinese. Runs as the application: a user changing their own password needs no rights
 * on the user resource.
 */
@Component
class CamundaPasswordStore implements PasswordStore {

  private static final Map<String, String> MESSAGES = Map.of(
      PasswordPolicyLengthRuleImpl.PLACEHOLDER, "至少 %s 个字符",
      PasswordPolicyLowerCaseRuleImpl.PLACEHOLDER, "至少 %s 个小写字母",
      PasswordPolicyUpperCaseRuleImpl.PLACEHOLDER, "至少 %s 个大写字母",
      PasswordPolicyDigitRuleImpl.PLACEHOLDER, "至少 %s 个数字",
      PasswordPolicySpecialCharacterRuleImpl.PLACEHOLDER, "至少 %s 个特殊字符（如 #%%+=?@）",
      PasswordPolicyUserDataRuleImpl.PLACEHOLDER, "不能包含用户名或姓名");

  private final IdentityService identity;
  private final AsApplication application;
  private final PasswordPolicy policy;

  CamundaPasswordStore(IdentityService identity, AsApplication application,
      AppraisalSettings settings) {
    int minLength = settings.accounts().passwordMinLength();
    this.identity = identity;
    this.application = application;
    List<PasswordPolicyRule> rules = List.of(new PasswordPolicyLengthRuleImpl(minLength),
        new PasswordPolicyLowerCaseRuleImpl(1), new PasswordPolicyUpperCaseRuleImpl(1), new PasswordPolicyDigitRuleImpl(1),
        new PasswordPolicySpecialCharacterRuleImpl(1), new PasswordPolicyUserDataRuleImpl());
    this.policy = () -> rules;
  }

  @Override
  public boolean exists(String userId) {
    return application.call(() -> identity.createUserQuery().userId(userId).count() > 0);
  }

  @Override
  public boolean check(String userId, String password) {
    return application.call(() -> identity.checkPassword(userId, password));
  }

  @Override
  public List<String> policyProblems(String userId, String candidate) {
    return application.call(() -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      List<String> problems = new ArrayList<>();
      for (PasswordPolicyRule rule : identity.checkPasswordAgainstPolicy(policy, candidate, user).getViolatedRules()) {
        String template = MESSAGES.getOrDefault(rule.getPlaceholder(), rule.getPlaceholder());
        Map<String, String> parameters = rule.getParameters();
        problems.add(String.format(template, parameters == null || parameters.isEmpty() ? ""
            : parameters.values().iterator().next()));
      }
      return problems;
    });
  }

  @Override
  public boolean privileged(String userId) {
    return application.call(() -> identity.createGroupQuery().groupMember(userId).list().stream()
        .anyMatch(g -> g.getId().equals("camunda-admin") || g.getId().equals("org-dept")));
  }

  @Override
  public void set(String userId, String password) {
    if (identity.isReadOnly()) {
      throw new ConflictException("密码由单位的统一目录管理，请在目录（或统一身份认证）中修改");
    }
    application.call(() -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      user.setPassword(password);
      identity.saveUser(user);
      return null;
    });
  }
}
