package cn.cadre.appraisal.process.deploy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Hot redeploy: a saved change in processes/ or forms/ is deployed within a few seconds. */
@Component
@ConditionalOnProperty(name = "appraisal.deployment.watch", havingValue = "true", matchIfMissing = true)
class ProcessFolderWatcher {

  private final ProcessFolderDeployer deployer;

  ProcessFolderWatcher(ProcessFolderDeployer deployer) {
    this.deployer = deployer;
  }

  @Scheduled(initialDelayString = "${appraisal.deployment.watch-interval-ms:2000}",
      fixedDelayString = "${appraisal.deployment.watch-interval-ms:2000}")
  void poll() {
    deployer.deployChanged();
  }
}
