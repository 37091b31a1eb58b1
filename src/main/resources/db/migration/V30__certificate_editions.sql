-- What a certificate prints, kept on the certificate so that a later change of the organisation's name shows only
-- on a reissued certificate: the holder's name as printed, the edition (1, then +1 per reissue after a change of
-- name, 换发) with the date of the latest reissue, and the tier given at issue (quality awards: 质量奖 / 提名奖,
-- the programme's tier id). The number, the dates and so the signed payload stay the same across editions.
alter table certificate add column holder_name varchar(200);
alter table certificate add column edition integer not null default 1 check (edition > 0);
alter table certificate add column reissued_on date;
alter table certificate add column tier varchar(40);

update certificate c set holder_name = o.name
from application a join organisation o on o.id = a.organisation_id
where a.id = c.application_id;

update certificate c set tier = e.tier
from round_decision_entry e
where e.application_id = c.application_id;

alter table certificate alter column holder_name set not null;
