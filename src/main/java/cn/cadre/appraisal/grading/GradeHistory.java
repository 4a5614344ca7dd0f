package cn.cadre.appraisal.grading;

/** A cadre's final grade in one year's round. */
public record GradeHistory(int year, String kind, long campaignId, String unitName, String grade, String gradeLabel) {}
