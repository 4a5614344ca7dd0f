-- 发文机关 and 文号前缀: the organisation's own data (set with the roster or by org-dept), printed on every
-- notice; one row. Until it is set, the settings' values (the demo's on H2) are used, if any.
create table issuing_organ (
  id int primary key,
  name varchar(100) not null,
  document_prefix varchar(20) not null,
  updated_by varchar(64) not null,
  updated_at timestamp(6) not null
) ${tableOptions};
