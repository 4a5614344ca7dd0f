package cn.cadre.appraisal.routine;

import java.util.List;
import java.util.Map;

/** Engine side of a routine round: one RoutineAppraisalProcess per round, one scoring task per unit. */
public interface RoutineProcessPort {

  /** Starts the round's process; {@code unitNames} in the round's order, by unit code. */
  void start(RoutineRound round, Map<String, String> unitNames, Map<String, List<String>> scorers);
}
