package cn.cadre.appraisal.ballot;

/** Engine side of the ballot window: org-dept closes it before its deadline. */
public interface BallotWindowPort {

  /** Moves the unit's appraisal past its ballot window; false when it is not waiting there. */
  boolean close(String unitBusinessKey);
}
