package cn.cadre.appraisal.scoring;

import java.util.Map;

/** Engine side of a scoring round: one UnitScoringProcess per round, one scoring task per office. */
public interface UnitScoringProcessPort {

  /** Starts the round's process; offices' names and user groups by office code, in the round's order. */
  void start(ScoringRound round, Map<String, String> officeNames, Map<String, String> officeGroups);

  /** A value or grade changed during the review: the open review task shows the summary as it now is. */
  void reviewChanged(ScoringRound round, ScoringRoundService.ReviewSummary summary);
}
