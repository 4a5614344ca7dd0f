-- 平时考核: a routine round scores every cadre of the chosen units for a quarter or a half year.
create table routine_round (
  id bigint auto_increment primary key,
  round_year int not null,
  period varchar(2) not null,
  due_date date not null,
  status varchar(16) not null,
  opened_by varchar(64) not null,
  opened_at timestamp(6) not null
) ${tableOptions};

-- One row per unit of a round; the unique key keeps a unit to one round per period.
create table routine_round_unit (
  id bigint auto_increment primary key,
  round_id bigint not null,
  unit_id bigint not null,
  round_year int not null,
  period varchar(2) not null,
  submitted_by varchar(64),
  submitted_at timestamp(6) null,
  constraint uk_routine_unit_period unique (unit_id, round_year, period),
  constraint fk_routine_unit_round foreign key (round_id) references routine_round (id),
  constraint fk_routine_unit_unit foreign key (unit_id) references unit (id)
) ${tableOptions};

-- A cadre's score for the period: key tasks, a score 0–100, a comment, early signs and a weakness.
create table routine_score (
  id bigint auto_increment primary key,
  round_id bigint not null,
  unit_id bigint not null,
  cadre_id bigint not null,
  score decimal(5,2) not null,
  key_tasks varchar(2000) not null,
  remark varchar(2000),
  early_signs boolean not null,
  weakness varchar(200),
  entered_by varchar(64) not null,
  entered_at timestamp(6) not null,
  constraint uk_routine_score unique (round_id, cadre_id),
  constraint fk_routine_score_round foreign key (round_id) references routine_round (id),
  constraint fk_routine_score_unit foreign key (unit_id) references unit (id),
  constraint fk_routine_score_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};

-- Every score entered or changed and every unit submitted, with who did it.
create table routine_audit (
  id bigint auto_increment primary key,
  round_id bigint not null,
  unit_id bigint not null,
  cadre_id bigint,
  action varchar(20) not null,
  detail varchar(2000),
  actor varchar(64) not null,
  acted_at timestamp(6) not null,
  constraint fk_routine_audit_round foreign key (round_id) references routine_round (id),
  constraint fk_routine_audit_unit foreign key (unit_id) references unit (id)
) ${tableOptions};
create index ix_routine_audit_unit on routine_audit (round_id, unit_id);
