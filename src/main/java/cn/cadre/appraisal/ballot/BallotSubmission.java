package cn.cadre.appraisal.ballot;

import cn.cadre.appraisal.evaluation.Scores;

import java.util.List;

/** What an evaluator submits with a token: one rating per cadre of the unit, and the team's rating. */
public record BallotSubmission(String token, List<CadreRating> ratings, TeamRating team) {

  /** overall: EXCELLENT / COMPETENT / BASICALLY_COMPETENT / INCOMPETENT; scores and political 0–100. */
  public record CadreRating(String cadreCode, String overall, Scores scores, Integer political) {}

  /** rating: GOOD / FAIRLY_GOOD / AVERAGE / POOR. */
  public record TeamRating(String rating) {}
}
