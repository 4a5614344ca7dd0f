package cn.cadre.appraisal.web;

import cn.cadre.appraisal.ballot.BallotService;
import cn.cadre.appraisal.ballot.BallotSheet;
import cn.cadre.appraisal.ballot.BallotSubmission;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluator's side of 民主测评, without login: the ballot a token opens, and casting it. A second
 * use of a token is 409; a ballot that breaks a rule is 400 and writes nothing.
 */
@RestController
@RequestMapping("/api/ballots")
class BallotController {

  private final BallotService ballots;

  BallotController(BallotService ballots) {
    this.ballots = ballots;
  }

  @GetMapping("/sheet")
  BallotSheet sheet(@RequestParam String token) {
    return ballots.sheetFor(token);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, String> cast(@RequestBody BallotSubmission submission) {
    ballots.submit(submission);
    return Map.of("message", "投票成功，感谢您参加民主测评。");
  }
}
