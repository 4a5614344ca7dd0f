package cn.cadre.appraisal.term;

/**
 * What term-grade.dmn decides the term grade on: the term's years, how many have an annual grade,
 * how many were 好, 一般 or 差 (low) and 差 (poor), the share of 好 years and of unmet targets
 * (the experts' finding where they verified, else the unit's own), and the grades in words.
 */
public record TermGradeFacts(int years, int gradedYears, int topYears, int lowYears, int poorYears, double topShare,
                             double unmetShare, String summary) {}
