-- 专项考核: a special appraisal of a major task (an event, an emergency, aid to another region, a
-- reform), of the cadres and units drawn into it, by a team that may include other departments' staff.
create table special_appraisal (
  id bigint auto_increment primary key,
  appraisal_year int not null,
  title varchar(200) not null,
  task_kind varchar(20) not null,
  mode varchar(20) not null,
  due_date date not null,
  status varchar(16) not null,
  opened_by varchar(64) not null,
  opened_at timestamp(6) not null,
  -- one special appraisal per task and year
  constraint uk_special_appraisal unique (appraisal_year, title)
) ${tableOptions};

-- Who takes part besides the cadres: the appraisal team (TEAM) and the task's principals (PRINCIPAL).
create table special_appraisal_member (
  appraisal_id bigint not null,
  user_id varchar(64) not null,
  member_role varchar(16) not null,
  primary key (appraisal_id, user_id, member_role),
  constraint fk_special_member_appraisal foreign key (appraisal_id) references special_appraisal (id)
) ${tableOptions};

-- The offices whose opinion is asked (audit, petitions…).
create table special_appraisal_office (
  appraisal_id bigint not null,
  office_code varchar(30) not null,
  primary key (appraisal_id, office_code),
  constraint fk_special_office_appraisal foreign key (appraisal_id) references special_appraisal (id)
) ${tableOptions};

-- A cadre drawn into the task (from any unit), and the appraisal's conclusion on them (鉴定).
create table special_cadre (
  id bigint auto_increment primary key,
  appraisal_id bigint not null,
  cadre_id bigint not null,
  conclusion varchar(20),
  pool_name varchar(100),
  statement longtext,
  concluded_by varchar(64),
  concluded_at timestamp(6) null,
  constraint uk_special_cadre unique (appraisal_id, cadre_id),
  constraint fk_special_cadre_appraisal foreign key (appraisal_id) references special_appraisal (id),
  constraint fk_special_cadre_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};

-- A unit drawn into the task, and the appraisal's report on its team.
create table special_unit (
  id bigint auto_increment primary key,
  appraisal_id bigint not null,
  unit_id bigint not null,
  commended boolean,
  statement longtext,
  concluded_by varchar(64),
  concluded_at timestamp(6) null,
  constraint uk_special_unit unique (appraisal_id, unit_id),
  constraint fk_special_unit_appraisal foreign key (appraisal_id) references special_appraisal (id),
  constraint fk_special_unit_unit foreign key (unit_id) references unit (id)
) ${tableOptions};

-- What each stage found (checkpoints, 听取汇报, 个别访谈, 实地查看, 集体座谈) and each opinion asked for.
create table special_record (
  id bigint auto_increment primary key,
  appraisal_id bigint not null,
  kind varchar(20) not null,
  source varchar(64) not null,
  held_on date,
  participants int,
  concerns boolean not null,
  summary longtext not null,
  recorded_by varchar(64) not null,
  recorded_at timestamp(6) not null,
  constraint fk_special_record_appraisal foreign key (appraisal_id) references special_appraisal (id)
) ${tableOptions};
create index ix_special_record on special_record (appraisal_id, kind);

-- Every conclusion given or changed, with who did it.
create table special_audit (
  id bigint auto_increment primary key,
  appraisal_id bigint not null,
  subject varchar(100) not null,
  detail varchar(2000) not null,
  actor varchar(64) not null,
  at_time timestamp(6) not null,
  constraint fk_special_audit_appraisal foreign key (appraisal_id) references special_appraisal (id)
) ${tableOptions};

-- A promotion bar may now come from a special appraisal's 暂不列为拟提拔人选: kept per result subject.
alter table promotion_bar ${alterColumn} campaign_id bigint null;
alter table promotion_bar add column subject_id bigint;
alter table promotion_bar add constraint uk_promotion_bar_subject unique (subject_id);
