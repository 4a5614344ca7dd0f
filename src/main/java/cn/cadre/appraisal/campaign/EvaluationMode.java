package cn.cadre.appraisal.campaign;

import cn.cadre.appraisal.shared.InvalidInputException;

import java.util.Arrays;

/** How a round's democratic evaluation (民主测评) reaches the grading: typed tallies or ballots. */
public enum EvaluationMode {
  /** The organisation department types each cadre's vote counts (from a meeting it counted itself). */
  TALLIES,
  /** Evaluators cast anonymous ballots with one-time tokens (web page or paper import); closing counts them. */
  BALLOTS;

  public static EvaluationMode parse(String value) {
    if (value == null || value.isBlank()) {
      return TALLIES;
    }
    return Arrays.stream(values()).filter(m -> m.name().equals(value)).findFirst()
        .orElseThrow(() -> new InvalidInputException("evaluation 必须是 TALLIES 或 BALLOTS: " + value));
  }
}
