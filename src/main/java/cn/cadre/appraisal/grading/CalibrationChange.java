package cn.cadre.appraisal.grading;

/** One grade change made at calibration: the cadre, the new grade (优秀 or EXCELLENT) and why. */
public record CalibrationChange(String cadreCode, String grade, String reason) {}
