-- 平时考核: besides org-dept, a unit may be scored by its supervising leader (分管领导), named per unit.
alter table routine_round_unit add column scorers varchar(1000);
