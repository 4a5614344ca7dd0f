-- Reminders sent for overdue tasks (红灯催办), one per task.
create table reminder (
  id bigint auto_increment primary key,
  task_id varchar(64) not null,
  task_name varchar(300) not null,
  business_key varchar(255),
  recipients varchar(500) not null,
  due_at timestamp(6) not null,
  created_at timestamp(6) not null,
  constraint uk_reminder_task unique (task_id)
) ${tableOptions};
