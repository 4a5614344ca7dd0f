-- 蹲点调研: a team's stay in a unit, its talks (四必谈), site visits and the 四个一 it ends with.
create table field_stay (
  id bigint auto_increment primary key,
  unit_id bigint not null,
  starts_on date not null,
  days int not null,
  status varchar(8) not null,
  talks_held int,
  talked_hard_posts boolean,
  talked_quiet_workers boolean,
  talked_setbacks boolean,
  talked_long_in_post boolean,
  talk_summary longtext,
  site_visits longtext,
  analysis_report longtext,
  doing_well varchar(2000),
  doing_badly varchar(2000),
  problems longtext,
  good_practices longtext,
  opened_by varchar(64) not null,
  opened_at timestamp(6) not null,
  constraint fk_field_stay_unit foreign key (unit_id) references unit (id)
) ${tableOptions};

create table field_stay_member (
  stay_id bigint not null,
  user_id varchar(64) not null,
  constraint fk_field_stay_member foreign key (stay_id) references field_stay (id)
) ${tableOptions};
