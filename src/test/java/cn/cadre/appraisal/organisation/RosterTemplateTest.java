package cn.cadre.appraisal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.organisation.Roster.Sheet;
import cn.cadre.appraisal.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The roster's format as users get it: the template downloads, its sheets have exactly the columns
 * the import reads with an example row, its 填写说明 names every column, it imports as it is, and the
 * API description shows the upload's parts instead of a made-up parameter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RosterTemplateTest {

  @Autowired TestRestTemplate template;
  @Autowired OrganisationService organisation;

  @Test
  void theTemplateHasTheImportsColumns_explainsEachOne_andImportsAsItIs() throws Exception {
    RestClient admin = new RestClient(template, "admin");
    ResponseEntity<byte[]> download = admin.bytes("admin", "/api/roster/template.xlsx");
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment");
    byte[] xlsx = download.getBody();

    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      DataFormatter cells = new DataFormatter();
      for (Sheet part : Sheet.values()) {
        org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet(part.chineseName());
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(c -> header.add(cells.formatCellValue(c)));
        assertThat(header).as(part.key()).isEqualTo(part.fields());
        assertThat(RosterTemplate.COLUMNS.get(part)).extracting(RosterTemplate.Column::field).isEqualTo(part.fields());
        assertThat(sheet.getLastRowNum()).as("one example row").isEqualTo(1);
      }
      List<String> explained = new ArrayList<>();
      workbook.getSheet("填写说明").forEach(row -> explained.add(cells.formatCellValue(row.getCell(0)) + "/"
          + cells.formatCellValue(row.getCell(1))));
      for (Sheet part : Sheet.values()) {
        part.fields().forEach(field -> assertThat(explained).contains(part.chineseName() + "/" + field));
      }
    }
    Roster roster = RosterReader.fromExcel(new ByteArrayInputStream(xlsx));
    assertThat(roster.problems()).isEmpty();
    assertThat(roster.rows(Sheet.CADRES)).singleElement().satisfies(r -> assertThat(r.get("name")).isEqualTo("张𠀀"));

    ResponseEntity<String> imported = admin.upload("admin", "/api/roster", "file", "花名册模板.xlsx", xlsx);
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(organisation.cadreByCode("qs-edu-01").getName()).isEqualTo("张𠀀");
  }

  @Test
  void theApiDescriptionShowsTheUploadsPartsAndTheFormat() throws Exception {
    JsonNode docs = new ObjectMapper().readTree(template.getForObject("/v3/api-docs/appraisal", String.class));
    JsonNode post = docs.path("paths").path("/api/roster").path("post");
    assertThat(post.path("parameters").findValuesAsText("name")).doesNotContain("parts");
    JsonNode multipart = post.path("requestBody").path("content").path("multipart/form-data").path("schema");
    String schema = multipart.has("$ref")
        ? docs.path("components").path("schemas").path(multipart.path("$ref").asText().replace("#/components/schemas/", "")).toString()
        : multipart.toString();
    assertThat(schema).contains("\"file\"", "\"units\"", "\"cadres\"", "\"staff\"", "binary");
    assertThat(post.path("description").asText()).contains("template.xlsx", "issuingOrgan");
    assertThat(docs.path("paths").has("/api/roster/template.xlsx")).isTrue();
  }
}
