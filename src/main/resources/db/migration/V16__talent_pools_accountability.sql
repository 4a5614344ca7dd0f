-- 人才库: pools other than the excellent-young-cadre pool (外事干部人才库…), created by org-dept as data.
create table talent_pool (
  id bigint auto_increment primary key,
  name varchar(100) not null,
  description varchar(500),
  created_by varchar(64) not null,
  created_at timestamp(6) not null,
  constraint uk_talent_pool_name unique (name)
) ${tableOptions};

-- A cadre in a pool, from the finding that put them there; a cadre enters a pool once.
create table talent_pool_entry (
  id bigint auto_increment primary key,
  pool_id bigint not null,
  cadre_id bigint not null,
  subject_id bigint not null,
  entered_on date not null,
  entered_by varchar(64) not null,
  constraint uk_talent_pool_entry unique (pool_id, cadre_id),
  constraint fk_talent_pool_entry_pool foreign key (pool_id) references talent_pool (id),
  constraint fk_talent_pool_entry_cadre foreign key (cadre_id) references cadre (id),
  constraint fk_talent_pool_entry_subject foreign key (subject_id) references result_subject (id)
) ${tableOptions};

-- The pool a special appraisal's conclusion names (列入人才库), carried to result application.
alter table result_subject add column pool_name varchar(100);

-- 问责: the measure org-dept proposes (通报, 诫勉, 组织调整或者组织处理) for the committee to decide.
alter table result_action add column measure varchar(40);
