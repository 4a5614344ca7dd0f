-- a message also goes out by e-mail when an SMTP server is configured: its state (PENDING, SENDING,
-- SENT, NO_ADDRESS, FAILED; null: not to be mailed), attempts and the last error
alter table user_message add column mail_state varchar(12);
alter table user_message add column mail_attempts int default 0 not null;
alter table user_message add column mailed_at timestamp(6);
alter table user_message add column mail_error varchar(300);
create index ix_user_message_mail on user_message (mail_state);

-- 待办汇总: one daily digest of the tasks created since the last one; one row per day, so two nodes
-- (or a run again) send it once
create table task_digest (
  digest_day date primary key,
  window_start timestamp(6) not null,
  window_end timestamp(6) not null,
  recipients int not null,
  created_at timestamp(6) not null
) ${tableOptions};
