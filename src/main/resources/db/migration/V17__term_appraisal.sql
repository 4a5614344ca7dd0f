-- 任期考核: a unit's team's term (default five years) with the targets set when it began, archive
-- grades of its early years, what each stage of the end-of-term review found, and its grade.
create table term_appraisal (
  id bigint auto_increment primary key,
  unit_id bigint not null,
  start_year int not null,
  end_year int not null,
  status varchar(16) not null,
  review_due date,
  proposed_grade varchar(30),
  proposal_reason varchar(500),
  final_grade varchar(30),
  decision_reason varchar(2000),
  decided_by varchar(64),
  opened_by varchar(64) not null,
  opened_at timestamp(6) not null,
  constraint uk_term_appraisal unique (unit_id, start_year),
  constraint fk_term_appraisal_unit foreign key (unit_id) references unit (id)
) ${tableOptions};

create table term_target (
  id bigint auto_increment primary key,
  term_id bigint not null,
  seq int not null,
  target varchar(500) not null,
  indicator varchar(500) not null,
  self_met boolean,
  verified_met boolean,
  constraint uk_term_target unique (term_id, seq),
  constraint fk_term_target_term foreign key (term_id) references term_appraisal (id)
) ${tableOptions};

create table term_archive_grade (
  id bigint auto_increment primary key,
  term_id bigint not null,
  grade_year int not null,
  grade varchar(30) not null,
  source varchar(200) not null,
  recorded_by varchar(64) not null,
  recorded_at timestamp(6) not null,
  constraint uk_term_archive_grade unique (term_id, grade_year),
  constraint fk_term_archive_grade_term foreign key (term_id) references term_appraisal (id)
) ${tableOptions};

create table term_finding (
  id bigint auto_increment primary key,
  term_id bigint not null,
  stage varchar(30) not null,
  report longtext not null,
  problems longtext,
  recorded_by varchar(64) not null,
  recorded_at timestamp(6) not null,
  constraint fk_term_finding_term foreign key (term_id) references term_appraisal (id)
) ${tableOptions};

-- The term grade proposed by the rules and decided by the committee.
create table term_audit (
  id bigint auto_increment primary key,
  term_id bigint not null,
  detail varchar(2000) not null,
  actor varchar(64) not null,
  at_time timestamp(6) not null,
  constraint fk_term_audit_term foreign key (term_id) references term_appraisal (id)
) ${tableOptions};
