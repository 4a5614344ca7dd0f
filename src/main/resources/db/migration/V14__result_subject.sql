-- 结果运用 from every kind of appraisal: the subject a path belongs to is no longer only an annual
-- grade record. A subject is whom a finding concerns (a cadre, or with cadre_id null the unit's
-- team), where the finding came from (年度/平时/专项/任期考核 and that round's id) and what it said.
create table result_subject (
  id bigint auto_increment primary key,
  subject_key varchar(200) not null,
  source varchar(20) not null,
  source_id bigint not null,
  appraisal_year int not null,
  unit_id bigint not null,
  cadre_id bigint,
  grade_record_id bigint,
  grade varchar(30),
  basis varchar(500) not null,
  weakness_topic varchar(200),
  problems longtext,
  created_at timestamp(6) not null,
  constraint uk_result_subject_key unique (subject_key),
  constraint uk_result_subject_record unique (grade_record_id),
  constraint fk_result_subject_unit foreign key (unit_id) references unit (id),
  constraint fk_result_subject_cadre foreign key (cadre_id) references cadre (id),
  constraint fk_result_subject_record foreign key (grade_record_id) references grade_record (id)
) ${tableOptions};

-- every annual grade record that has opened paths becomes the subject of those paths
insert into result_subject (subject_key, source, source_id, appraisal_year, unit_id, cadre_id, grade_record_id, grade,
                            basis, weakness_topic, problems, created_at)
select concat('annual/grade-record-', g.id), 'ANNUAL', g.campaign_id, c.appraisal_year, g.unit_id, g.cadre_id, g.id,
       g.final_grade, concat(c.appraisal_year, '年度考核'), g.weakness_topic, g.problems, current_timestamp
from grade_record g join campaign c on c.id = g.campaign_id
where g.id in (select a.grade_record_id from result_action a);

alter table result_action add column subject_id bigint;
update result_action set subject_id = (select s.id from result_subject s where s.grade_record_id = result_action.grade_record_id);
alter table result_action ${alterColumn} subject_id bigint not null;
alter table result_action ${alterColumn} grade_record_id bigint null;
alter table result_action ${alterColumn} campaign_id bigint null;
alter table result_action add constraint uk_result_action_subject unique (subject_id, path);
alter table result_action add constraint fk_result_action_subject foreign key (subject_id) references result_subject (id);
alter table young_cadre_pool ${alterColumn} campaign_id bigint null;
