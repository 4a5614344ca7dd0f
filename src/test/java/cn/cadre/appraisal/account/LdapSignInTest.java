package cn.cadre.appraisal.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.OwnJvm;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.TasklistLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Profile "ldap" against a real LDAP server (UnboundID's in-memory directory, started here): a
 * directory user signs in to Tasklist and the API with the directory's password and the directory's
 * groups as the application's roles, gets their task in a round, and cannot change the directory's
 * password here; the roster hands out no one-time passwords. Camunda's LDAP plugin 7.23.0 (the newest
 * on Maven Central) runs with the 7.24 engine.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "ldap"})
@Tag(OwnJvm.TAG) // its own engine with its own identity: not in the shared JVM's engine registry
class LdapSignInTest {

  private static final String BASE = "dc=cadre,dc=cn";
  private static InMemoryDirectoryServer directory;

  @Autowired TestRestTemplate template;

  @DynamicPropertySource
  static void directory(DynamicPropertyRegistry registry) throws Exception {
    if (directory == null) {
      InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
      config.addAdditionalBindCredentials("cn=Directory Manager", "manager");
      config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
      config.setSchema(null); // plain entries, no schema checks
      directory = new InMemoryDirectoryServer(config);
      directory.add("dn: " + BASE, "objectClass: domain", "dc: cadre");
      directory.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
      directory.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
      person("admin", "系统管理员", "admin");
      person("ldap-od", "目录组织部", "Ldap#Od-2026");
      person("ldap-tm", "目录考核组", "Ldap#Tm-2026");
      person("ldap-c1", "目录干部", "Ldap#C1-2026");
      group("camunda-admin", "admin");
      group("org-dept", "ldap-od");
      group("appraisal-team", "ldap-tm");
      group("cadre", "ldap-c1");
      directory.startListening();
    }
    registry.add("appraisal.ldap.server-url", () -> "ldap://localhost:" + directory.getListenPort() + "/");
    registry.add("appraisal.ldap.manager-dn", () -> "cn=Directory Manager");
    registry.add("appraisal.ldap.manager-password", () -> "manager");
    registry.add("appraisal.ldap.base-dn", () -> BASE);
  }

  @AfterAll
  static void stop() {
    if (directory != null) {
      directory.shutDown(true);
      directory = null;
    }
  }

  private static void person(String uid, String name, String password) throws Exception {
    directory.add("dn: uid=" + uid + ",ou=people," + BASE, "objectClass: person", "objectClass: organizationalPerson",
        "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + name,
        "sn: " + name, "userPassword: " + password);
  }

  private static void group(String cn, String member) throws Exception {
    directory.add("dn: cn=" + cn + ",ou=groups," + BASE, "objectClass: groupOfNames", "cn: " + cn,
        "member: uid=" + member + ",ou=people," + BASE);
  }

  @Test
  void aDirectoryUserSignsInWithTheDirectorysPasswordAndGroups() {
    // Tasklist's login binds to the directory
    assertThat(tasklistLogin("ldap-od", "Ldap#Od-2026").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklistLogin("ldap-od", "wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // the directory's groups are the application's roles
    RestClient od = new RestClient(template, "Ldap#Od-2026");
    assertThat(od.get("ldap-od", "/api/offices").getStatusCode()).as("org-dept from the directory").isEqualTo(HttpStatus.OK);
    RestClient admin = new RestClient(template, "admin");
    JsonNode groups = admin.json(admin.get("admin", "/engine-rest/group?member=ldap-c1"));
    assertThat(groups.findValuesAsText("id")).containsExactly("cadre");

    // the roster adds the organisation's facts; the directory keeps the users and their passwords
    ResponseEntity<String> roster = admin.post("admin", "/api/roster", Map.of(
        "units", List.of(Map.of("code", "ldap-u", "name", "目录测试局", "category", "DEPARTMENT"),
            Map.of("code", "ldap-home", "name", "目录测试组织部", "category", "DEPARTMENT")),
        "cadres", List.of(Map.of("code", "ldap-c1", "name", "目录干部", "position", "局长", "role", "PRINCIPAL",
            "unitCode", "ldap-u", "userId", "ldap-c1")),
        "staff", List.of(Map.of("userId", "ldap-tm", "name", "目录考核组", "homeUnitCode", "ldap-home",
            "groups", List.of("appraisal-team")))));
    assertThat(roster.getStatusCode()).as(roster.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(admin.json(roster).path("credentials")).as("no one-time passwords: the directory's").isEmpty();

    // a round: the directory's cadre finds their task with the directory's password
    ResponseEntity<String> round = od.post("ldap-od", "/api/campaigns", Map.of("year", 2070, "unitCodes", List.of("ldap-u"),
        "appraisalTeams", List.of(Map.of("name", "目录组", "members", List.of("ldap-tm"), "unitCodes", List.of("ldap-u")))));
    assertThat(round.getStatusCode()).as(round.getBody()).isEqualTo(HttpStatus.CREATED);
    od.awaitRoundStarted("ldap-od", od.json(round).path("id").asLong());
    RestClient cadre = new RestClient(template, "Ldap#C1-2026");
    assertThat(cadre.json(cadre.get("ldap-c1", "/engine-rest/task?taskDefinitionKey=Task_SelfReport")).findValuesAsText("name"))
        .containsExactly("填写述职述廉报告");
    RestClient team = new RestClient(template, "Ldap#Tm-2026");
    assertThat(team.json(team.get("ldap-tm", "/engine-rest/task?taskDefinitionKey=Task_ReviewSelfReports"))
        .findValuesAsText("name")).containsExactly("审核述职报告：目录测试局");

    // the directory's password is changed in the directory
    ResponseEntity<String> change = cadre.post("ldap-c1", "/api/account/password",
        Map.of("currentPassword", "Ldap#C1-2026", "newPassword", "Other#Pass-2027"));
    assertThat(change.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(change.getBody()).contains("密码由单位的统一目录管理");
  }

  private ResponseEntity<String> tasklistLogin(String user, String password) {
    return TasklistLogin.post(template, user, password);
  }

}
