package cn.cadre.appraisal.process.identity;

import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile "ldap": users and groups come from the organisation's directory (LDAP / Active Directory)
 * through Camunda's LDAP identity provider, read-only; passwords are checked by binding to the
 * directory. Every setting is under {@code appraisal.ldap} (application-ldap.yaml). The directory's
 * groups carry the application's group ids (org-dept, appraisal-team, cadre, …) in the attribute
 * named by {@code group-id-attribute}.
 */
@Configuration
@Profile("ldap")
class LdapIdentity {

  @Bean
  @ConfigurationProperties(prefix = "appraisal.ldap")
  LdapIdentityProviderPlugin ldapIdentityProviderPlugin() {
    return new LdapIdentityProviderPlugin();
  }
}
