-- Who a round appraises, unit by unit, with the role and position they had when it opened. A cadre
-- moved by a later roster is still tallied, balloted, listed, calibrated and scored in the round's
-- unit; a cadre added to a unit after the opening is not in the round.
create table campaign_cadre (
  id bigint auto_increment primary key,
  campaign_id bigint not null,
  unit_id bigint not null,
  cadre_id bigint not null,
  role varchar(20) not null,
  position varchar(200) not null,
  constraint uk_campaign_cadre unique (campaign_id, cadre_id),
  constraint fk_campaign_cadre_campaign foreign key (campaign_id) references campaign (id),
  constraint fk_campaign_cadre_unit foreign key (unit_id) references unit (id),
  constraint fk_campaign_cadre_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};

create index ix_campaign_cadre_unit on campaign_cadre (campaign_id, unit_id);

-- rounds opened before: the unit their grade records name, else the unit the roster gives today
insert into campaign_cadre (campaign_id, unit_id, cadre_id, role, position)
  select g.campaign_id, min(g.unit_id), c.id, c.role, c.position
  from grade_record g join cadre c on c.id = g.cadre_id
  group by g.campaign_id, c.id, c.role, c.position;

insert into campaign_cadre (campaign_id, unit_id, cadre_id, role, position)
  select cu.campaign_id, cu.unit_id, c.id, c.role, c.position
  from campaign_unit cu join cadre c on c.unit_id = cu.unit_id
  where not exists (select 1 from campaign_cadre cc where cc.campaign_id = cu.campaign_id and cc.cadre_id = c.id);
