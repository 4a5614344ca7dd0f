package cn.cadre.appraisal.application;

import java.time.LocalDateTime;

/** One opened path as the organisation department lists it (the team's own paths have no cadre). */
public record ResultActionView(long id, long gradeRecordId, String unitCode, String cadreCode, String subjectName, String path,
                               String pathLabel, String status, String newPosition, String decision,
                               String decisionReason, String updatedBy, LocalDateTime updatedAt) {

  static ResultActionView of(ResultAction a) {
    var record = a.getRecord();
    String subject = record.getCadre() != null ? record.getCadre().getName() : record.getUnit().getName() + "领导班子";
    return new ResultActionView(a.getId(), record.getId(), record.getUnit().getCode(),
        record.getCadre() == null ? null : record.getCadre().getCode(), subject, a.getPath().name(), a.getPathLabel(),
        a.getStatus().name(), a.getNewPosition(), a.getDecision(), a.getDecisionReason(), a.getUpdatedBy(),
        a.getUpdatedAt());
  }
}
