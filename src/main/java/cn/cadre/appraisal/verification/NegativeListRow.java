package cn.cadre.appraisal.verification;

import cn.cadre.appraisal.evaluation.Severity;
import java.time.LocalDateTime;

/**
 * One cadre an office must check, with the office's entry if it marked one (hasItems false: clear).
 * Never carries another office's entry.
 */
public record NegativeListRow(String cadreCode, String cadreName, String unitCode, String unitName, String position,
                              boolean hasItems, String items, Severity severity, String severityLabel,
                              boolean affectsGrade, boolean vetoItem, boolean underInvestigation, String reportedBy,
                              LocalDateTime reportedAt) {}
