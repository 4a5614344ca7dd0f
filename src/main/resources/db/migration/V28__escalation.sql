-- 升级督办: an overdue task still open some working days after its deadline is escalated and its
-- holder explains in writing (情况说明), which org-dept accepts or returns; one row per overdue task
alter table campaign add column escalation_days int default 2 not null;

create table escalation (
  id bigint auto_increment primary key,
  task_id varchar(64) not null,
  task_name varchar(300) not null,
  business_key varchar(255),
  round_label varchar(100),
  responsible varchar(200),
  holder_users varchar(1000) not null,
  holder_groups varchar(1000) not null,
  escalation_recipients varchar(1000) not null,
  due_at timestamp(6) not null,
  escalate_at timestamp(6) not null,
  level varchar(20) not null,
  explanation varchar(2000),
  explained_by varchar(64),
  explained_at timestamp(6),
  review_comment varchar(1000),
  reviewed_by varchar(64),
  reviewed_at timestamp(6),
  created_at timestamp(6) not null,
  changed_at timestamp(6) not null,
  version bigint not null,
  constraint uk_escalation_task unique (task_id)
) ${tableOptions};

-- what happened to an escalation, by whom: reminded, escalated, each explanation and each review
create table escalation_audit (
  id bigint auto_increment primary key,
  escalation_id bigint not null,
  action varchar(20) not null,
  detail varchar(2000),
  actor varchar(64) not null,
  acted_at timestamp(6) not null,
  constraint fk_escalation_audit foreign key (escalation_id) references escalation (id)
) ${tableOptions};

create index ix_escalation_audit on escalation_audit (escalation_id);
