-- 签收: when a notice's recipient first opened it (null while unread)
alter table notice add column received_at timestamp(6);
