package cn.cadre.appraisal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.CadreRole;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.UnitCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** GET /api/notices/{id}.pdf over HTTP: the recipient and the organisation department only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NoticePdfHttpTest {

  static final String PASSWORD = "pdf-pass-1";
  static final String REFERENCE = "2026-ANNUAL/unit-pdf-u";

  @Autowired TestRestTemplate rest;
  @Autowired OrganisationService organisation;
  @Autowired NoticeService notices;
  @Autowired PlatformTransactionManager transactions;

  long noticeId;

  @BeforeEach
  void aNoticeForACadre() {
    if (organisation.homeUnitOf("pdf-c1").isEmpty()) { // the context, and its database, outlive this class
      organisation.registerUnit("pdf-u", "示范县统计局", UnitCategory.DEPARTMENT, null);
      organisation.registerCadre("pdf-c1", "周文华", "局长", CadreRole.PRINCIPAL, "pdf-u", "pdf-c1",
          LocalDate.of(1976, 4, 1), PASSWORD);
      organisation.registerCadre("pdf-c2", "吴小青", "副局长", CadreRole.DEPUTY, "pdf-u", "pdf-c2",
          LocalDate.of(1984, 9, 1), PASSWORD);
      organisation.registerStaff("pdf-od", "组织部干部科", "pdf-u", List.of(AppraisalGroup.ORG_DEPT.id()), PASSWORD);
    }
    // in one transaction, as the process issues it: the template reads the cadre's unit
    noticeId = new TransactionTemplate(transactions).execute(status -> {
      Cadre cadre = organisation.cadreByCode("pdf-c1");
      return notices.issue(NoticeType.SELF_REPORT_RECEIPT, cadre, REFERENCE,
          Map.of("year", 2026, "reviewComment", "内容翔实，同意归档")).getId();
    });
  }

  @Test
  void theRecipientGetsThePdf() throws Exception {
    ResponseEntity<byte[]> response = pdf("pdf-c1");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    MediaType type = response.getHeaders().getContentType();
    assertThat(type.getType() + "/" + type.getSubtype()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("inline; filename=\"notice-" + noticeId + ".pdf\"");
    byte[] body = response.getBody();
    assertThat(new String(body, 0, 5)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(body)) {
      assertThat(NoticePdfTest.text(document))
          .contains("述职述廉报告审核通过回执", "周文华同志（示范县统计局局长）", "2026年度述职述廉报告", "内容翔实，同意归档");
    }
  }

  @Test
  void theOrganisationDepartmentGetsItToo_andTheHtmlIsStillThere() {
    assertThat(pdf("pdf-od").getStatusCode()).isEqualTo(HttpStatus.OK);

    // what a browser asks for (text/html), and what a client asking for anything (*/*) gets
    for (String accept : List.of("text/html,application/xhtml+xml,*/*;q=0.8", "*/*")) {
      org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
      headers.set(HttpHeaders.ACCEPT, accept);
      ResponseEntity<String> page = rest.withBasicAuth("pdf-c1", PASSWORD).exchange("/api/notices/" + noticeId,
          org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers), String.class);
      assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).as(accept).isTrue();
    }
    org.springframework.http.HttpHeaders browser = new org.springframework.http.HttpHeaders();
    browser.set(HttpHeaders.ACCEPT, "text/html");
    ResponseEntity<String> html = rest.withBasicAuth("pdf-c1", PASSWORD).exchange("/api/notices/" + noticeId,
        org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(browser), String.class);
    assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(html.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(html.getBody()).startsWith("<!DOCTYPE html>").contains("周文华同志");
  }

  @Test
  void aClientAskingForJsonGetsTheNoticesMetadata() {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> json = rest.withBasicAuth("pdf-c1", PASSWORD).exchange("/api/notices/" + noticeId,
        org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers), String.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(json.getBody()).contains("\"id\":" + noticeId, "\"type\":\"SELF_REPORT_RECEIPT\"", "\"recipientName\":\"周文华\"");
    assertThat(rest.withBasicAuth("pdf-c2", PASSWORD).exchange("/api/notices/" + noticeId,
        org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anotherCadreIsRefused_andAnAnonymousCallerMustLogIn() {
    assertThat(pdf("pdf-c2").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/notices/" + noticeId + ".pdf", byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anUnknownNoticeIsNotFound() {
    assertThat(rest.withBasicAuth("pdf-od", PASSWORD).getForEntity("/api/notices/999999999.pdf", byte[].class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<byte[]> pdf(String user) {
    return rest.withBasicAuth(user, PASSWORD).getForEntity("/api/notices/" + noticeId + ".pdf", byte[].class);
  }
}
