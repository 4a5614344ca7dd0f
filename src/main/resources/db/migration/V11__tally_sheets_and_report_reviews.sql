-- 民主测评 by tallies: the organisation department enters one sheet per unit (every cadre and the
-- team, with the number of valid ballots every row must add up to) instead of one form per cadre.
create table tally_sheet (
  id bigint auto_increment primary key,
  campaign_id bigint not null,
  unit_id bigint not null,
  ballots int,
  submitted_by varchar(64),
  submitted_at timestamp(6) null,
  constraint uk_tally_sheet unique (campaign_id, unit_id),
  constraint fk_tally_sheet_campaign foreign key (campaign_id) references campaign (id),
  constraint fk_tally_sheet_unit foreign key (unit_id) references unit (id)
) ${tableOptions};

-- Every change to a sheet (a row entered or changed, the sheet submitted), with who made it.
create table tally_audit (
  id bigint auto_increment primary key,
  campaign_id bigint not null,
  unit_id bigint not null,
  cadre_id bigint,
  action varchar(20) not null,
  detail varchar(1000),
  actor varchar(64) not null,
  acted_at timestamp(6) not null,
  constraint fk_tally_audit_campaign foreign key (campaign_id) references campaign (id),
  constraint fk_tally_audit_unit foreign key (unit_id) references unit (id)
) ${tableOptions};
create index ix_tally_audit_sheet on tally_audit (campaign_id, unit_id);

-- 审核述职报告 per unit: each decision of the appraisal team on a cadre's report, with the text it
-- was about (a returned report is rewritten; the record keeps what was returned and why).
create table self_report_review (
  id bigint auto_increment primary key,
  campaign_id bigint not null,
  cadre_id bigint not null,
  decision varchar(20) not null,
  review_comment varchar(2000),
  report_text longtext not null,
  reviewer varchar(64) not null,
  reviewed_at timestamp(6) not null,
  constraint fk_self_report_review_campaign foreign key (campaign_id) references campaign (id),
  constraint fk_self_report_review_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};
create index ix_self_report_review on self_report_review (campaign_id, cadre_id);
