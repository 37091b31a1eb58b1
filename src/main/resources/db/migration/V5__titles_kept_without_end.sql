-- Quality-award titles are kept for good: their certificates have no end date.
alter table certificate alter column valid_until drop not null;
