package cn.cadre.appraisal.scoring;

import java.time.LocalDate;

/**
 * Opening a year's scoring round: the year (its schemes), the day the offices' scores are due, and the
 * units scored (none named: every unit whose category has a scheme for the year).
 */
public record OpenScoringRound(Integer year, LocalDate dueDate, java.util.List<String> unitCodes) {}
