package cn.cadre.appraisal.shared;

import java.util.List;

/**
 * What a user sent breaks a rule. Carries every problem found, each a Chinese sentence; the request
 * changed nothing. The API answers 400 listing the problems; a task's form shows them.
 */
public class InvalidInputException extends RuntimeException {

  private final List<String> problems;

  public InvalidInputException(String problem) {
    this(problem, List.of(problem));
  }

  public InvalidInputException(List<String> problems) {
    this(String.join("；", problems), problems);
  }

  /** The message as a whole (a summary, or the problems set out another way) and the problems. */
  protected InvalidInputException(String message, List<String> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** "等次调整未保存：<problem>；<problem>". */
  public static InvalidInputException summarised(String summary, List<String> problems) {
    return new InvalidInputException(summary + "：" + String.join("；", problems), problems);
  }

  public List<String> problems() {
    return problems;
  }
}
