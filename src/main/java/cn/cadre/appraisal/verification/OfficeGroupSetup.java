package cn.cadre.appraisal.verification;

/** Port to the user directory: an office's group exists and may use Tasklist (implemented in process). */
public interface OfficeGroupSetup {

  void ensure(String groupId, String name);
}
