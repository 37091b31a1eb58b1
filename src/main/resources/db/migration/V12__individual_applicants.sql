-- Quality awards take applications from organisations and from individuals (个人): an individual applies through
-- the account of the organisation they work for, with a personal record instead of the self-assessment.

alter table application add column applicant_kind varchar(20) not null default 'ORGANISATION';
alter table application alter column applicant_kind drop default;
