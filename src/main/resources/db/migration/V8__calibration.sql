-- 统筹校准 as a table: what the appraisal team proposed (before calibration), why calibration changed
-- it, and the cadres the party committee ticks to send back for re-analysis.
alter table grade_record add column analysis_grade varchar(30);
alter table grade_record add column calibration_reason varchar(500);
alter table grade_record add column send_back boolean default false not null;
update grade_record set analysis_grade = proposed_grade;
