package cn.cadre.appraisal.support;

import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.campaign.CampaignProgress;
import java.time.Duration;

/** A round opens at once and starts its units' processes in the background: waits for them. */
public final class RoundStart {

  private RoundStart() {}

  public static long awaitStarted(CampaignProgress progress, long campaignId) {
    await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
        .until(() -> !progress.of(campaignId).starting());
    return campaignId;
  }
}
