-- when a notice's recipient was reminded to receive it (签收), once
alter table notice add column receipt_reminded_at timestamp(6);
