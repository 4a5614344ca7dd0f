package cn.cadre.appraisal.ballot;

import cn.cadre.appraisal.organisation.Cadre;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** A unit's ballots counted: per cadre (votes, shares, means) and the team's ratings; never a single ballot. */
public record BallotCount(String unitCode, String unitName, long ballots, boolean closed, List<CadreCount> cadres,
                          Map<String, Long> team, long tokensUsed, long tokensUnused) {

  public record CadreCount(String cadreCode, String cadreName, String cadreUserId, long ballots, long excellent,
                           long competent, long basic, long incompetent, BigDecimal excellentShare,
                           BigDecimal incompetentShare, BigDecimal de, BigDecimal neng, BigDecimal qin, BigDecimal ji,
                           BigDecimal lian, BigDecimal political) {

    static CadreCount of(Cadre cadre, CadreBallotCount c) {
      if (c == null) {
        return new CadreCount(cadre.getCode(), cadre.getName(), cadre.getUserId(), 0, 0, 0, 0, 0, null, null,
            null, null, null, null, null, null);
      }
      return new CadreCount(cadre.getCode(), cadre.getName(), cadre.getUserId(), c.ballots(), c.excellent(),
          c.competent(), c.basic(), c.incompetent(), share(c.excellent(), c.ballots()),
          share(c.incompetent(), c.ballots()), mean(c.de()), mean(c.neng()), mean(c.qin()), mean(c.ji()),
          mean(c.lian()), mean(c.political()));
    }

    private static BigDecimal share(long part, long whole) {
      return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(Double value) {
      return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
  }
}
