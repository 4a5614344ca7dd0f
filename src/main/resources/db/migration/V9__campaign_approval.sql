-- who in the party committee approved the round's grades, so the final grades' audit names a person
alter table campaign add column approved_by varchar(64);
alter table campaign add column approved_at timestamp null;
