-- 综合考核评分: a year's round of the units scored by indicators, the offices' values, the results.
create table scoring_round (
  id bigint auto_increment primary key,
  round_year int not null,
  due_date date not null,
  status varchar(16) not null,
  opened_by varchar(64) not null,
  opened_at timestamp(6) not null,
  concluded_by varchar(64),
  concluded_at timestamp(6),
  version int not null,
  constraint uk_scoring_round_year unique (round_year)
) ${tableOptions};

create table scoring_round_unit (
  id bigint auto_increment primary key,
  round_id bigint not null,
  unit_id bigint not null,
  scheme_id bigint not null,
  development_score decimal(8,2),
  party_building_score decimal(8,2),
  satisfaction_score decimal(8,2),
  bonus decimal(8,2),
  penalty decimal(8,2),
  veto boolean not null,
  lowered boolean not null,
  total decimal(8,2),
  category_rank int,
  category_units int,
  proposed_grade varchar(16),
  grade_reason varchar(500),
  grade varchar(16),
  constraint uk_scoring_round_unit unique (round_id, unit_id),
  constraint fk_scoring_round_unit_round foreign key (round_id) references scoring_round (id),
  constraint fk_scoring_round_unit_unit foreign key (unit_id) references unit (id),
  constraint fk_scoring_round_unit_scheme foreign key (scheme_id) references indicator_scheme (id)
) ${tableOptions};

create table scoring_round_office (
  id bigint auto_increment primary key,
  round_id bigint not null,
  office_code varchar(30) not null,
  office_name varchar(50) not null,
  group_id varchar(64) not null,
  submitted_by varchar(64),
  submitted_at timestamp(6),
  explanation varchar(2000),
  constraint uk_scoring_round_office unique (round_id, office_code),
  constraint fk_scoring_round_office_round foreign key (round_id) references scoring_round (id)
) ${tableOptions};

create table indicator_score (
  id bigint auto_increment primary key,
  round_id bigint not null,
  round_unit_id bigint not null,
  indicator_id bigint not null,
  entered_value decimal(14,4) not null,
  entered_by varchar(64) not null,
  entered_at timestamp(6) not null,
  constraint uk_indicator_score unique (round_unit_id, indicator_id),
  constraint fk_indicator_score_unit foreign key (round_unit_id) references scoring_round_unit (id),
  constraint fk_indicator_score_indicator foreign key (indicator_id) references indicator (id)
) ${tableOptions};
create index ix_indicator_score_round on indicator_score (round_id);

-- Every change of an entered value or a unit's grade: who, when, old and new value, why.
create table score_audit (
  id bigint auto_increment primary key,
  round_id bigint not null,
  unit_code varchar(64) not null,
  subject varchar(20) not null,
  old_value varchar(32),
  new_value varchar(32),
  reason varchar(500),
  actor varchar(64) not null,
  changed_at timestamp(6) not null
) ${tableOptions};
create index ix_score_audit_round on score_audit (round_id);

create table spread_check (
  id bigint auto_increment primary key,
  round_id bigint not null,
  indicator_id bigint not null,
  office_code varchar(30) not null,
  units_scored int not null,
  lowest decimal(8,2) not null,
  highest decimal(8,2) not null,
  spread decimal(6,4) not null,
  flagged boolean not null,
  halving_confirmed boolean not null,
  confirmed_by varchar(64),
  confirmed_at timestamp(6),
  constraint uk_spread_check unique (round_id, indicator_id),
  constraint fk_spread_check_indicator foreign key (indicator_id) references indicator (id)
) ${tableOptions};
