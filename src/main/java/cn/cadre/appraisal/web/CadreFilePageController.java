package cn.cadre.appraisal.web;

import cn.cadre.appraisal.cadrefile.CadreFileService;
import cn.cadre.appraisal.cadrefile.OwnTasksPort;
import cn.cadre.appraisal.notice.NoticeService;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 我的考核档案: a cadre's own page — their grades year by year, the other appraisals' findings, the
 * result paths, the notices with their PDFs, and the tasks waiting for them in Tasklist.
 */
@Controller
class CadreFilePageController {

  private static final java.time.format.DateTimeFormatter MINUTES =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CadreFileService files;
  private final OrganisationService organisation;
  private final OwnTasksPort tasks;
  private final NoticeService notices;
  private final com.fasterxml.jackson.databind.ObjectMapper json;

  CadreFilePageController(CadreFileService files, OrganisationService organisation, OwnTasksPort tasks,
      NoticeService notices, com.fasterxml.jackson.databind.ObjectMapper json) {
    this.json = json;
    this.files = files;
    this.organisation = organisation;
    this.tasks = tasks;
    this.notices = notices;
  }

  @GetMapping("/app/file")
  String file(Authentication user, CsrfToken csrf, Model model) {
    AppPageController.page(user, csrf, model);
    Cadre cadre = organisation.cadreOfUser(user.getName()).orElse(null);
    model.addAttribute("tasks", tasks.of(user.getName()).stream().map(t -> java.util.Map.of("id", t.id(), "name", t.name(),
        "due", t.due() == null ? "—" : t.due().format(MINUTES), "claimable", t.claimable())).toList());
    if (cadre != null) {
      // as the API answers it (dates as 2026-11-29): the template reads maps, not records
      model.addAttribute("file", json.convertValue(files.fileOf(cadre.getCode(), Viewers.of(user)), java.util.Map.class));
    }
    return "app/file";
  }

  /** A notice's PDF from the page (the page's session; /api/notices/{id}.pdf answers HTTP Basic). */
  @GetMapping("/app/notices/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication user) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("notice-" + id + ".pdf").build().toString())
        .body(notices.pdf(id, Viewers.of(user)));
  }
}
