-- Users who are not cadres (org-dept staff, appraisal-team members, office liaisons) and their home unit (本单位),
-- so that an appraisal-team member can be kept from appraising their own unit (回避).
create table staff_member (
  id bigint auto_increment primary key,
  user_id varchar(64) not null,
  name varchar(100) not null,
  home_unit_id bigint not null,
  constraint uk_staff_member_user unique (user_id),
  constraint fk_staff_member_home_unit foreign key (home_unit_id) references unit (id)
) ${tableOptions};
