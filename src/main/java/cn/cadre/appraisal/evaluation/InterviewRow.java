package cn.cadre.appraisal.evaluation;

import java.time.LocalDateTime;
import java.util.List;

/** One cadre in the unit's interview page: what the interviews found about them so far. */
public record InterviewRow(String cadreCode, String cadreName, String position, List<Entry> records) {

  /** One record: findings, the two flags the rules and result paths read, who recorded it and when. */
  public record Entry(String findings, boolean earlySignProblems, String weaknessTopic, String recordedBy,
                      LocalDateTime recordedAt) {}
}
