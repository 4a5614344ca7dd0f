-- The offices asked for negative lists (负面清单) are data: a round asks a set of them, each returns
-- one list for the whole round instead of one form per cadre.
create table office (
  code varchar(30) not null primary key,
  name varchar(50) not null,
  group_id varchar(64) not null,
  asked_by_default boolean not null,
  sort_order int not null,
  created_by varchar(64) not null,
  created_at timestamp(6) not null,
  constraint uk_office_group unique (group_id)
) ${tableOptions};

insert into office (code, name, group_id, asked_by_default, sort_order, created_by, created_at) values
  ('DISCIPLINE', '纪检监察', 'discipline', true, 10, 'migration', current_timestamp),
  ('AUDIT', '审计', 'audit', true, 20, 'migration', current_timestamp),
  ('PETITIONS', '信访', 'petitions', true, 30, 'migration', current_timestamp);

-- The offices one round asks, and when each returned its list (with the written explanation when late).
-- Name and group are copied: renaming an office later does not rewrite a past round.
create table round_office (
  id bigint auto_increment primary key,
  campaign_id bigint not null,
  office_code varchar(30) not null,
  office_name varchar(50) not null,
  group_id varchar(64) not null,
  submitted_by varchar(64),
  submitted_at timestamp(6) null,
  late_explanation varchar(2000),
  constraint uk_round_office unique (campaign_id, office_code),
  constraint fk_round_office_campaign foreign key (campaign_id) references campaign (id),
  constraint fk_round_office_office foreign key (office_code) references office (code)
) ${tableOptions};

-- Rounds opened before this version verified cadre by cadre in their own (older) process models:
-- their three offices count as returned.
insert into round_office (campaign_id, office_code, office_name, group_id, submitted_by, submitted_at)
  select c.id, o.code, o.name, o.group_id, 'migration', current_timestamp from campaign c cross join office o;

-- Every change to a negative list, with the office user who made it.
create table finding_audit (
  id bigint auto_increment primary key,
  campaign_id bigint not null,
  office_code varchar(30) not null,
  cadre_id bigint,
  action varchar(20) not null,
  detail varchar(4000),
  actor varchar(64) not null,
  acted_at timestamp(6) not null,
  constraint fk_finding_audit_campaign foreign key (campaign_id) references campaign (id),
  constraint fk_finding_audit_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};
create index ix_finding_audit_list on finding_audit (campaign_id, office_code);
