package cn.cadre.appraisal.message;

/**
 * A message's e-mail: waiting (PENDING), taken by one mailer (SENDING: never taken twice, so a mailer
 * that dies while sending leaves it here rather than send it again; an hour later FAILED), SENT,
 * NO_ADDRESS (the recipient has no e-mail address), FAILED (the server refused it three times, or its
 * sending was interrupted).
 */
public enum MailState { PENDING, SENDING, SENT, NO_ADDRESS, FAILED }
