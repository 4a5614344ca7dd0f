package cn.cadre.appraisal.evaluation;

/** 德 能 勤 绩 廉: the five dimensions a cadre is scored on, 0–100 each. */
public record Scores(Integer de, Integer neng, Integer qin, Integer ji, Integer lian) {}
