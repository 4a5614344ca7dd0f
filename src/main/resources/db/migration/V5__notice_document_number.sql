-- 文号: per-type, per-year counters, and the number on each notice.
create table notice_counter (
  notice_type varchar(40) not null,
  counter_year int not null,
  last_number int not null,
  primary key (notice_type, counter_year)
) ${tableOptions};

alter table notice add column document_number varchar(60);
