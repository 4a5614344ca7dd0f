package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.shared.TeamGrade;
import java.time.LocalDateTime;

import cn.cadre.appraisal.evaluation.CadreEvidence;
import cn.cadre.appraisal.evaluation.TeamEvidence;

/**
 * Port to the process owners' grading rules (processes/grade-proposal.dmn), each applied as it stood
 * when the round opened ({@code rulesAsOf}): a rule changed during a round applies from the next one.
 */
public interface GradeRules {

  /** @param poorCountyPrincipalGood a principal of a poor county whose unit scored 好 this year */
  CadreProposal proposeCadre(CadreEvidence evidence, boolean poorCountyPrincipalGood, LocalDateTime rulesAsOf);

  TeamProposal proposeTeam(TeamEvidence evidence, LocalDateTime rulesAsOf);

  /** The highest grade a member of a team with this grade may get. */
  Grade maxCadreGrade(TeamGrade teamGrade, LocalDateTime rulesAsOf);

  record CadreProposal(Grade grade, String reason, boolean needsIndividualReview, String reviewReason) {}

  record TeamProposal(TeamGrade grade, String reason) {}
}
