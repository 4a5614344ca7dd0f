package cn.cadre.appraisal.ballot;

/** How many ballots gave the team one rating. */
public record TeamBallotCount(String rating, long ballots) {}
