package cn.cadre.appraisal.grading;

import java.util.List;
import java.util.Map;

/** Cadres the party committee sent back for re-analysis, with their names and their appraisal teams. */
public record SentBack(List<String> cadreUserIds, Map<String, String> cadreNames, Map<String, String> unitNames,
                       Map<String, List<String>> teams) {}
