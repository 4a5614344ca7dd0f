package cn.cadre.appraisal.verification;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One office's negative list in a round, a page of it: the cadres it must check (filtered), how many
 * it has marked, and whether it has returned the list.
 */
public record NegativeListTable(long campaignId, String officeCode, String officeName, boolean submitted,
                                String submittedBy, LocalDateTime submittedAt, boolean editable, int cadres,
                                int marked, List<NegativeListRow> rows, int total, int page, int size) {}
