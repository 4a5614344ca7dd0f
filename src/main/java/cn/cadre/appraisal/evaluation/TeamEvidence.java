package cn.cadre.appraisal.evaluation;

/** The team's democratic-evaluation shares (好/较好/一般/差), between 0 and 1. */
public record TeamEvidence(double goodShare, double fairlyGoodShare, double averageShare, double poorShare) {}
