package cn.cadre.appraisal.special;

import java.util.Map;

/** Engine side of a special appraisal: one SpecialAppraisalProcess per appraisal. */
public interface SpecialProcessPort {

  /**
   * Starts the appraisal's process. cadres and units: code → name as tasks show them; offices:
   * the office's group → its name (each gives one opinion); principals and team are user ids.
   */
  void start(SpecialAppraisal appraisal, Map<String, String> cadres, Map<String, String> units,
      Map<String, String> offices);
}
