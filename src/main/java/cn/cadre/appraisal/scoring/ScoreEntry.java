package cn.cadre.appraisal.scoring;

import java.math.BigDecimal;

/**
 * One value an office enters: for a unit (code), on an indicator (its scheme's code). Veto and
 * grade-lowering items take 1 (yes) or 0 (no).
 */
public record ScoreEntry(String unit, String indicator, BigDecimal value) {}
