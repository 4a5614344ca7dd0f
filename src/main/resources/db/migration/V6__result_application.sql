-- 结果运用: one row per path a final grade opened (the grade record says whose: a cadre, or with
-- cadre_id null the unit's team), what was done on it and by whom.
create table result_action (
  id bigint auto_increment primary key,
  campaign_id bigint not null,
  grade_record_id bigint not null,
  path varchar(40) not null,
  path_label varchar(100) not null,
  status varchar(30) not null,
  proposal longtext,
  new_position varchar(200),
  decision varchar(20),
  decision_reason longtext,
  decided_by varchar(64),
  leader_user_id varchar(64),
  talk_at timestamp(6) null,
  place varchar(200),
  class_name varchar(200),
  starts_on date,
  ends_on date,
  record_text longtext,
  updated_by varchar(64),
  updated_at timestamp(6) not null,
  constraint uk_result_action unique (grade_record_id, path),
  constraint fk_result_action_record foreign key (grade_record_id) references grade_record (id)
) ${tableOptions};

-- 优秀年轻干部库: a cadre enters once, from the round whose promotion candidacy was approved.
create table young_cadre_pool (
  id bigint auto_increment primary key,
  cadre_id bigint not null,
  campaign_id bigint not null,
  entered_on date not null,
  constraint uk_young_cadre_pool unique (cadre_id),
  constraint fk_young_cadre_pool_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};

-- 一年内不得提拔: the principal of a team rated 一般 or 差.
create table promotion_bar (
  id bigint auto_increment primary key,
  cadre_id bigint not null,
  campaign_id bigint not null,
  barred_until date not null,
  reason varchar(500) not null,
  constraint uk_promotion_bar unique (cadre_id, campaign_id),
  constraint fk_promotion_bar_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};

-- 整改清单: one row per item; an item still open is shown at the next round's analysis.
create table rectification_item (
  id bigint auto_increment primary key,
  action_id bigint not null,
  seq int not null,
  item_text varchar(1000) not null,
  deadline date not null,
  status varchar(20) not null,
  closed_on date,
  constraint uk_rectification_item unique (action_id, seq),
  constraint fk_rectification_item_action foreign key (action_id) references result_action (id)
) ${tableOptions};

-- Grades of years before the application was used (for 连续三年优秀), entered once each by the org department.
create table prior_grade (
  id bigint auto_increment primary key,
  cadre_id bigint not null,
  grade_year int not null,
  grade varchar(30) not null,
  source varchar(200) not null,
  recorded_by varchar(64) not null,
  recorded_at timestamp(6) not null,
  constraint uk_prior_grade unique (cadre_id, grade_year),
  constraint fk_prior_grade_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};

-- Notices listed by round.
alter table notice add column campaign_id bigint;
