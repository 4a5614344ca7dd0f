package cn.cadre.appraisal.verification;

import java.time.LocalDateTime;

/** Where one office of a round stands (for the organisation department): counts, never contents. */
public record OfficeStatus(String officeCode, String officeName, String groupId, boolean submitted,
                           String submittedBy, LocalDateTime submittedAt, String lateExplanation, int marked) {}
