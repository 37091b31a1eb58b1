-- 名额 — the quotas of a round, defaulted from the programme and set by the office when it opens the round.
alter table round add column quota_total integer check (quota_total > 0);
alter table round add column quota_per_city integer check (quota_per_city > 0);
alter table round add column quota_per_county_organisations integer check (quota_per_county_organisations > 0);
alter table round add column quota_per_county_individuals integer check (quota_per_county_individuals > 0);
