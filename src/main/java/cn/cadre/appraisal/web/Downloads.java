package cn.cadre.appraisal.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A spreadsheet answered as a download under its Chinese file name (RFC 5987, so every browser keeps it). */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<byte[]> xlsx(String fileName, byte[] body) {
    return ResponseEntity.ok().contentType(CalibrationController.XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(body);
  }
}
