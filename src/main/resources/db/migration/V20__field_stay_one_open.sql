-- One open field stay per unit, kept by the database: open_unit_id is the unit while the stay is
-- open and null once it is done (a unique key lets many nulls through), so two requests opening a
-- stay for the same unit at once cannot both succeed.
alter table field_stay add column open_unit_id bigint;
update field_stay set open_unit_id = unit_id where status = 'OPEN';
alter table field_stay add constraint uk_field_stay_open unique (open_unit_id);
