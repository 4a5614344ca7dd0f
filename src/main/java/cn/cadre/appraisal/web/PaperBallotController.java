package cn.cadre.appraisal.web;

import cn.cadre.appraisal.spreadsheet.InvalidSheetException;
import cn.cadre.appraisal.ballot.PaperBallotImport;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 纸质选票导入 (organisation department): an .xlsx sheet of one unit's paper ballots, in the format
 * described at {@link PaperBallotImport}. Answers 201 with the counts; 400 naming every bad row
 * ("第N行: …") with nothing written; 409 when the unit's ballot window is closed.
 */
@RestController
@RequestMapping("/api/campaigns/{id}/paper-ballots")
class PaperBallotController {

  private final PaperBallotImport paperBallots;

  PaperBallotController(PaperBallotImport paperBallots) {
    this.paperBallots = paperBallots;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('GROUP_org-dept', 'GROUP_camunda-admin')")
  PaperBallotImport.Imported upload(@PathVariable long id, @RequestParam("unit") String unitCode,
      @RequestParam("file") MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return paperBallots.importBallots(id, unitCode, in);
    }
  }

  /** Every error, each naming its row, in detail (one per line) and as a list in "errors". */
  @ExceptionHandler(InvalidSheetException.class)
  ProblemDetail invalidSheet(InvalidSheetException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("纸质选票表有误，未导入任何选票");
    problem.setProperty("errors", e.errors());
    return problem;
  }
}
