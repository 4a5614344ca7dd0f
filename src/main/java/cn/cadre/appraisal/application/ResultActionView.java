package cn.cadre.appraisal.application;

import java.time.LocalDateTime;

/**
 * One opened path as the organisation department lists it (the team's own paths have no cadre);
 * gradeRecordId only for paths an annual grade opened, source and basis say where any came from.
 */
public record ResultActionView(long id, long subjectId, Long gradeRecordId, String source, String sourceLabel,
                               String basis, String unitCode, String cadreCode, String subjectName, String path,
                               String pathLabel, String status, String newPosition, String decision,
                               String decisionReason, String updatedBy, LocalDateTime updatedAt) {

  static ResultActionView of(ResultAction a) {
    ResultSubject s = a.getSubject();
    return new ResultActionView(a.getId(), s.getId(), s.getGradeRecordId(), s.getSource().name(), s.getSource().label(),
        s.getBasis(), s.getUnit().getCode(), s.isTeam() ? null : s.getCadre().getCode(), s.name(), a.getPath().name(),
        a.getPathLabel(), a.getStatus().name(), a.getNewPosition(), a.getDecision(), a.getDecisionReason(),
        a.getUpdatedBy(), a.getUpdatedAt());
  }
}
