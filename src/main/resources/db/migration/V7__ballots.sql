-- 民主测评 by anonymous ballots. How a round collects its evaluation: typed tallies or ballots.
alter table campaign add column evaluation_mode varchar(20) default 'TALLIES' not null;
alter table campaign_unit add column ballots_closed boolean default false not null;

-- One-time tokens handed out at the evaluation meeting; only their hash is kept, and whether it
-- was used. Nothing here or in the ballot tables links a token to the ballot cast with it.
create table ballot_token (
  token_hash varchar(64) primary key,
  campaign_id bigint not null,
  unit_id bigint not null,
  spent boolean not null,
  constraint fk_ballot_token_unit foreign key (unit_id) references unit (id)
) ${tableOptions};

-- A ballot: random id (no order of submission), the day only, no token, no user, no address.
create table ballot (
  id varchar(36) primary key,
  campaign_id bigint not null,
  unit_id bigint not null,
  team_rating varchar(20) not null,
  cast_on date not null,
  source varchar(10) not null,
  constraint fk_ballot_unit foreign key (unit_id) references unit (id)
) ${tableOptions};

create table ballot_rating (
  id varchar(36) primary key,
  ballot_id varchar(36) not null,
  cadre_id bigint not null,
  overall varchar(30) not null,
  score_de int not null,
  score_neng int not null,
  score_qin int not null,
  score_ji int not null,
  score_lian int not null,
  political int not null,
  constraint uk_ballot_rating unique (ballot_id, cadre_id),
  constraint fk_ballot_rating_ballot foreign key (ballot_id) references ballot (id),
  constraint fk_ballot_rating_cadre foreign key (cadre_id) references cadre (id)
) ${tableOptions};

create index ix_ballot_campaign_unit on ballot (campaign_id, unit_id);
