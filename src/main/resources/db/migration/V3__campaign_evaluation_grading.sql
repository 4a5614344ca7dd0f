-- Annual round: campaigns, their units and appraisal teams; what each stage records; grades and audit.
create table campaign (
  id bigint auto_increment primary key,
  appraisal_year int not null,
  kind varchar(20) not null,
  excellent_quota decimal(4,3) not null,
  public_notice_days int not null,
  stage_due_days int not null,
  status varchar(30) not null,
  started_by varchar(64) not null,
  started_at timestamp(6) not null
) ${tableOptions};

create table campaign_unit (
  id bigint auto_increment primary key,
  campaign_id bigint not null,
  unit_id bigint not null,
  appraisal_year int not null,
  kind varchar(20) not null,
  team_name varchar(200) not null,
  -- one annual round per unit and year, enforced by the database
  constraint uk_campaign_unit_round unique (appraisal_year, kind, unit_id),
  constraint fk_campaign_unit_campaign foreign key (campaign_id) references campaign (id),
  constraint fk_campaign_unit_unit foreign key (unit_id) references unit (id)
) ${tableOptions};

create table campaign_unit_member (
  campaign_unit_id bigint not null,
  position int not null,
  user_id varchar(64) not null,
  primary key (campaign_unit_id, position),
  constraint fk_campaign_unit_member foreign key (campaign_unit_id) references campaign_unit (id)
) ${tableOptions};

create table team_report (
  id bigint auto_increment primary key,
  campaign_id bigint not null,
  unit_id bigint not null,
  report_text longtext not null,
  submitted_by varchar(64) not null,
  submitted_at timestamp(6) not null,
  constraint uk_team_report unique (campaign_id, unit_id),
  constraint fk_team_report_campaign foreign key (campaign_id) references campaign (id),
  constraint fk_team_report_unit foreign key (unit_id) references unit (id)
) ${tableOptions};

-- Democratic evaluation result of one cadre (or, with cadre_id null, of the unit's team):
-- the four vote counts are 优秀/称职/基本称职/不称职 for a cadre, 好/较好/一般/差 for a team.
create table evaluation_tally (
  id bigint auto_increment primary key,
  campaign_id bigint not null,
  unit_id bigint not null,
  cadre_id bigint,
  votes_first int not null,
  votes_second int not null,
  votes_third int not null,
  votes_fourth int not null,
  political_score decimal(5,2),
  entered_by varchar(64) not null,
  entered_at timestamp(6) not null,
  constraint uk_evaluation_tally unique (campaign_id, unit_id, cadre_id),
  constraint fk_evaluation_tally_campaign foreign key (campaign_id) references campaign (id),
  constraint fk_evaluation_tally_unit foreign key (unit_id) references unit (id),
  constraint fk_evaluation_tally_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};

create table interview_record (
  id bigint auto_increment primary key,
  campaign_id bigint not null,
  cadre_id bigint not null,
  findings longtext not null,
  early_sign_problems boolean not null,
  weakness_topic varchar(200),
  recorded_by varchar(64) not null,
  recorded_at timestamp(6) not null,
  constraint fk_interview_campaign foreign key (campaign_id) references campaign (id),
  constraint fk_interview_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};

create table verification_finding (
  id bigint auto_increment primary key,
  campaign_id bigint not null,
  cadre_id bigint not null,
  office varchar(30) not null,
  has_items boolean not null,
  items longtext,
  severity varchar(20),
  affects_grade boolean not null,
  veto_item boolean not null,
  under_investigation boolean not null,
  reported_by varchar(64) not null,
  reported_at timestamp(6) not null,
  constraint uk_verification_finding unique (campaign_id, cadre_id, office),
  constraint fk_finding_campaign foreign key (campaign_id) references campaign (id),
  constraint fk_finding_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};

-- The grade of one cadre (or, with cadre_id null, of the unit's team) in one round.
create table grade_record (
  id bigint auto_increment primary key,
  campaign_id bigint not null,
  unit_id bigint not null,
  cadre_id bigint,
  decision_grade varchar(30),
  decision_reason varchar(500),
  needs_review boolean not null,
  proposed_grade varchar(30),
  proposal_reason longtext,
  final_grade varchar(30),
  problems longtext,
  suggestions longtext,
  potential_for_promotion boolean not null,
  early_sign_problems boolean not null,
  weakness_topic varchar(200),
  constraint uk_grade_record unique (campaign_id, unit_id, cadre_id),
  constraint fk_grade_campaign foreign key (campaign_id) references campaign (id),
  constraint fk_grade_unit foreign key (unit_id) references unit (id),
  constraint fk_grade_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};

-- Every proposal, change and final grade: who, when, old value, new value, why. Never updated.
create table grade_audit (
  id bigint auto_increment primary key,
  grade_record_id bigint not null,
  field varchar(40) not null,
  old_value varchar(500),
  new_value varchar(500),
  reason longtext,
  actor varchar(64) not null,
  changed_at timestamp(6) not null,
  constraint fk_grade_audit_record foreign key (grade_record_id) references grade_record (id)
) ${tableOptions};
