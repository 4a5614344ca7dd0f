-- Domain schema, portable between H2 and MySQL/MariaDB. Camunda's ACT_* tables are the engine's.
-- ${tableOptions} is empty on H2 and utf8mb4 on MySQL (application-mysql.yaml), whatever the database default.
create table unit (
  id bigint auto_increment primary key,
  code varchar(64) not null,
  name varchar(200) not null,
  category varchar(40) not null,
  parent_id bigint,
  constraint uk_unit_code unique (code),
  constraint fk_unit_parent foreign key (parent_id) references unit (id)
) ${tableOptions};

create table leadership_team (
  id bigint auto_increment primary key,
  unit_id bigint not null,
  name varchar(200) not null,
  constraint uk_leadership_team_unit unique (unit_id),
  constraint fk_leadership_team_unit foreign key (unit_id) references unit (id)
) ${tableOptions};

create table cadre (
  id bigint auto_increment primary key,
  code varchar(64) not null,
  name varchar(100) not null,
  position varchar(200) not null,
  role varchar(20) not null,
  unit_id bigint not null,
  team_id bigint not null,
  user_id varchar(64) not null,
  birth_date date,
  constraint uk_cadre_code unique (code),
  constraint uk_cadre_user unique (user_id),
  constraint fk_cadre_unit foreign key (unit_id) references unit (id),
  constraint fk_cadre_team foreign key (team_id) references leadership_team (id)
) ${tableOptions};

create table self_report (
  id bigint auto_increment primary key,
  cadre_id bigint not null,
  reference varchar(200) not null,
  appraisal_year int not null,
  report_text longtext not null,
  filed_at timestamp(6) not null,
  constraint uk_self_report unique (cadre_id, reference),
  constraint fk_self_report_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};

create table notice (
  id bigint auto_increment primary key,
  type varchar(40) not null,
  recipient_cadre_id bigint not null,
  reference varchar(200) not null,
  title varchar(200) not null,
  html longtext not null,
  created_at timestamp(6) not null,
  constraint uk_notice_once unique (type, recipient_cadre_id, reference),
  constraint fk_notice_recipient foreign key (recipient_cadre_id) references cadre (id)
) ${tableOptions};
