package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.shared.InvalidInputException;

/** Four vote counts, highest rating first (优秀…不称职 for a cadre, 好…差 for a team). */
public record Votes(int first, int second, int third, int fourth) {

  public Votes {
    if (first < 0 || second < 0 || third < 0 || fourth < 0) {
      throw new InvalidInputException("票数不能为负数");
    }
    if (first + second + third + fourth == 0) {
      throw new InvalidInputException("票数合计不能为0");
    }
  }

  public int total() { return first + second + third + fourth; }

  public double share(int votes) { return (double) votes / total(); }
}
