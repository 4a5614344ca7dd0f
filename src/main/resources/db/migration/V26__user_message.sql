-- 站内消息: what the application tells a user (a reminder, a notice issued), once per user and key
create table user_message (
  id bigint auto_increment primary key,
  recipient varchar(64) not null,
  kind varchar(20) not null,
  title varchar(200) not null,
  body varchar(2000) not null,
  link varchar(300),
  dedup_key varchar(200) not null,
  created_at timestamp(6) not null,
  read_at timestamp(6),
  constraint uk_user_message_once unique (recipient, dedup_key)
) ${tableOptions};

create index ix_user_message_inbox on user_message (recipient, read_at);
