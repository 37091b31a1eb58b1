-- 称号有效期 (issue 13, part L): the life of a title with a validity. The state is kept on the certificate so that the
-- verify page, the applicant's titles and the audit agree with what the title-validity process did: ACTIVE while it
-- runs, RENEWED when a passed re-evaluation (复评) replaced it, EXPIRED by its timer, REMOVED (移出名录) by a failed
-- re-check (复核) of a time-honoured brand. Removal is not revocation (撤销, its own columns).
alter table certificate add column title_state varchar(20) not null default 'ACTIVE'
    check (title_state in ('ACTIVE', 'RENEWED', 'EXPIRED', 'REMOVED'));
alter table certificate add column title_ended_on date;
alter table certificate add column title_end_reason text;
-- A conditional pass of a re-check: the holder rectifies by this day, then the office checks again.
alter table certificate add column rectify_by date;

-- 复评: the application that re-evaluates a title names the certificate it re-evaluates.
alter table application add column reevaluates_certificate_id bigint references certificate (id);
create index application_reevaluates on application (reevaluates_certificate_id) where reevaluates_certificate_id is not null;
