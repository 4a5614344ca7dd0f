package cn.cadre.appraisal.campaign;

import java.util.List;

/**
 * Port to the offices asked for negative lists (implemented by the verification feature, which
 * depends on rounds, not the other way round).
 */
public interface RoundOffices {

  /**
   * The offices a new round asks: the requested codes, or the default set when none are given.
   * Every problem is added to {@code problems} (unknown or repeated codes, an empty set).
   */
  List<OfficeRef> resolve(List<String> requestedCodes, List<String> problems);

  /** Records the round's offices, each with its list still to return. */
  void open(Long campaignId, List<OfficeRef> offices);

  /** Whether every office of the round has returned its list. */
  boolean allReturned(Long campaignId);

  /** An office as a round asks it: its code, name and the user group that works its list. */
  record OfficeRef(String code, String name, String groupId) {}
}
