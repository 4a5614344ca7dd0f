package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeService;
import cn.cadre.appraisal.notice.NoticeType;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RosterRows;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 发文机关 is the organisation's own: org-dept reads and sets it (each bad field named, nothing
 * changed on a refusal), a roster can carry it, nobody else may touch it, and the next notice is
 * issued by it with its prefix in the document number.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IssuingOrganApiTest {

  private static final String PASSWORD = "Organ#Test2026";
  private static final String PATH = "/api/issuing-organ";

  @Autowired TestRestTemplate template;
  @Autowired NoticeService notices;
  @Autowired OrganisationService organisation;
  @Autowired PlatformTransactionManager transactions;
  RestClient api;
  RestClient admin;

  @BeforeEach
  void roster() {
    api = new RestClient(template, PASSWORD);
    admin = new RestClient(template, "admin");
    if (organisation.homeUnitOf("io-od").isEmpty()) {
      ResponseEntity<String> imported = admin.post("admin", "/api/roster", Map.of(
          "units", List.of(RosterRows.unit("io-home", "发文测试组织部"), RosterRows.unit("io-unit", "发文测试局")),
          "cadres", List.of(RosterRows.cadre("io-c1", "文书", "局长", "PRINCIPAL", "io-unit", "1975-03-01", PASSWORD)),
          "staff", List.of(RosterRows.staff("io-od", "发文测试组织部干部", "io-home", AppraisalGroup.ORG_DEPT.id(), PASSWORD))));
      assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
    }
  }

  /** The other tests of this shared application expect the demo organ. */
  @AfterEach
  void restore() {
    assertThat(admin.put("admin", PATH, Map.of("name", "中共示范县委组织部", "documentPrefix", "示组")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void orgDeptSetsTheOrgan_andTheNextNoticeCarriesIt() {
    assertThat(api.get("io-c1", PATH).getStatusCode()).as("a cadre").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.put("io-c1", PATH, Map.of("name", "中共冒充县委组织部", "documentPrefix", "冒组")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(template.getForEntity(PATH, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> bad = api.put("io-od", PATH, Map.of("name", "", "documentPrefix", "青组〔2026〕"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("发文机关不能为空", "文号前缀应为不超过10个字的机关简称");
    String before = api.get("io-od", PATH).getBody();

    ResponseEntity<String> set = api.put("io-od", PATH, Map.of("name", "中共青石县委组织部", "documentPrefix", "青组"));
    assertThat(set.getStatusCode()).as(set.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode now = api.json(api.get("io-od", PATH));
    assertThat(now.path("name").asText()).isEqualTo("中共青石县委组织部");
    assertThat(now.path("documentPrefix").asText()).isEqualTo("青组");
    assertThat(now.path("fromSettings").asBoolean()).isFalse();
    assertThat(now.path("updatedBy").asText()).isEqualTo("io-od");
    assertThat(before).doesNotContain("中共青石县委组织部");

    Notice notice = new TransactionTemplate(transactions).execute(tx -> notices.issue(NoticeType.RESULT,
        organisation.cadreByCode("io-c1"), "io-test/organ",
        Map.of("year", 2077, "grade", "称职", "problems", "", "suggestions", "", "annualScore", "")));
    assertThat(notice.getDocumentNumber()).isEqualTo("青组考〔2077〕1号");
    assertThat(notice.getHtml()).contains("中共青石县委组织部").doesNotContain("中共示范县委组织部");
  }

  @Test
  void aRosterCarriesTheOrgan_andABadOneImportsNothing() {
    ResponseEntity<String> bad = admin.post("admin", "/api/roster", Map.of(
        "units", List.of(RosterRows.unit("io-new", "发文测试新局")), "issuingOrgan", Map.of("name", "中共青石县委组织部")));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("issuingOrgan: 文号前缀不能为空");
    assertThatThrownBy(() -> organisation.unit("io-new")).as("nothing imported").isInstanceOf(NotFoundException.class);
    assertThat(admin.post("admin", "/api/roster", Map.of("issuingOrgan", "中共青石县委组织部")).getBody())
        .contains("issuingOrgan 应为对象");

    ResponseEntity<String> good = admin.post("admin", "/api/roster", Map.of(
        "units", List.of(RosterRows.unit("io-new", "发文测试新局")),
        "issuingOrgan", Map.of("name", "中共白水县委组织部", "documentPrefix", "白组")));
    assertThat(good.getStatusCode()).as(good.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(api.json(api.get("io-od", PATH)).path("name").asText()).isEqualTo("中共白水县委组织部");
  }
}
