package cn.cadre.appraisal.campaign;

import java.time.LocalDateTime;

/**
 * A step of the round's processes that failed and waits for someone (an incident: a job that ran
 * out of retries), with the engine's message: a round that stalls says where and why.
 */
public record RoundIncident(String businessKey, String activityId, String type, String message, LocalDateTime since) {}
