package cn.cadre.appraisal.evaluation;

/** Severity of a negative-list item: 一般 / 较重 / 严重. */
public enum Severity { MINOR, SERIOUS, GRAVE }
