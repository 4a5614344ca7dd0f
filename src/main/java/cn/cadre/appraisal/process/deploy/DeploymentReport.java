package cn.cadre.appraisal.process.deploy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one pass of the deployer did: new versions deployed and files rejected with the reason. */
public final class DeploymentReport {

  private final List<String> deployed = new ArrayList<>();
  private final Map<String, String> rejected = new LinkedHashMap<>();

  void deployed(String line) { deployed.add(line); }

  void rejected(String file, String reason) { rejected.put(file, reason); }

  public List<String> deployed() { return Collections.unmodifiableList(deployed); }

  public Map<String, String> rejected() { return Collections.unmodifiableMap(rejected); }
}
