package cn.cadre.appraisal.tally;

import java.math.BigDecimal;

/**
 * One row of a unit's tally sheet as entered: a cadre (by code) with 优秀/称职/基本称职/不称职 votes
 * and the political-quality score, or the team ({@link #TEAM}) with 好/较好/一般/差 votes.
 */
public record TallyEntry(String code, Integer first, Integer second, Integer third, Integer fourth,
                         BigDecimal politicalScore) {

  /** The code of the team's row. */
  public static final String TEAM = "TEAM";
}
