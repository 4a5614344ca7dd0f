-- 考核指标体系: per year and category of unit, the indicators units are scored on (综合考核).
create table indicator_scheme (
  id bigint auto_increment primary key,
  scheme_year int not null,
  unit_category varchar(30) not null,
  name varchar(100) not null,
  formula varchar(20) not null,
  party_building_base decimal(6,2) not null,
  development_weight decimal(6,2),
  party_building_weight decimal(6,2),
  satisfaction_weight decimal(6,2),
  used_by_round_id bigint,
  updated_by varchar(64) not null,
  updated_at timestamp(6) not null,
  version int not null,
  constraint uk_indicator_scheme unique (scheme_year, unit_category)
) ${tableOptions};

create table indicator (
  id bigint auto_increment primary key,
  scheme_id bigint not null,
  code varchar(20) not null,
  name varchar(100) not null,
  paper varchar(20),
  kind varchar(20) not null,
  full_points decimal(8,2) not null,
  weight decimal(6,2),
  office_code varchar(30) not null,
  method varchar(20) not null,
  target_value decimal(14,4),
  unit_code varchar(64),
  halved boolean not null,
  halved_reason varchar(200),
  sort_order int not null,
  constraint uk_indicator unique (scheme_id, code),
  constraint fk_indicator_scheme foreign key (scheme_id) references indicator_scheme (id),
  constraint fk_indicator_office foreign key (office_code) references office (code)
) ${tableOptions};
