-- 负责人: a staff member who heads the office(s) whose groups they are in; an office's overdue task
-- is escalated to them
alter table staff_member add column office_head boolean default false not null;
