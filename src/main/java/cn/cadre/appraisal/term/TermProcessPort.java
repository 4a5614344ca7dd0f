package cn.cadre.appraisal.term;

import java.util.List;

/** Engine side of a term's end-of-term review: one TermAppraisalProcess per term. */
public interface TermProcessPort {

  /** Starts the review: the unit's principal checks itself, the experts verify; targets as the forms show them. */
  void startReview(TermAppraisal term, String principalUserId, List<String> experts, String targets);
}
