package cn.cadre.appraisal.message;

/**
 * A message's e-mail: waiting (PENDING), taken by one mailer (SENDING: never taken twice, so a mailer
 * that dies while sending leaves it here rather than send it again), SENT, NO_ADDRESS (the recipient
 * has no e-mail address), FAILED (the server refused it three times).
 */
public enum MailState { PENDING, SENDING, SENT, NO_ADDRESS, FAILED }
