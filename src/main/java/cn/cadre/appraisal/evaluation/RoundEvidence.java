package cn.cadre.appraisal.evaluation;

import java.math.BigDecimal;

/** One cadre's democratic-evaluation votes, political score and the offices' flags, for the round's table. */
public record RoundEvidence(Votes votes, BigDecimal politicalScore, boolean vetoItem, boolean underInvestigation) {}
