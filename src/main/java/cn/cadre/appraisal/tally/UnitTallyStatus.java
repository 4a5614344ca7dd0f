package cn.cadre.appraisal.tally;

import java.time.LocalDateTime;

/** Where one unit's sheet stands: rows entered of rows due (its cadres and the team), submitted or not. */
public record UnitTallyStatus(String unitCode, String unitName, int rows, int entered, boolean complete,
                              boolean submitted, String submittedBy, LocalDateTime submittedAt) {}
