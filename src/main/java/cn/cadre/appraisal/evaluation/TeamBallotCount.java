package cn.cadre.appraisal.evaluation;

/** How many ballots gave the team one rating. */
public record TeamBallotCount(String rating, long ballots) {}
