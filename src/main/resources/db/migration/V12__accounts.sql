-- Accounts: who still has a one-time password (issued by a roster import or a reset) and must choose
-- their own at the next sign-in. The password itself lives only in the identity store, hashed.
create table account (
  user_id varchar(64) not null primary key,
  must_change_password boolean not null,
  one_time_issued_by varchar(64),
  one_time_issued_at timestamp(6) null,
  password_changed_at timestamp(6) null
) ${tableOptions};

-- Sign-ins, failed sign-ins, password changes and resets: who, when, from where.
create table sign_in_event (
  id bigint auto_increment primary key,
  user_id varchar(64) not null,
  kind varchar(30) not null,
  channel varchar(20) not null,
  remote_address varchar(64),
  detail varchar(300),
  at timestamp(6) not null
) ${tableOptions};
create index ix_sign_in_event_user on sign_in_event (user_id, at);
