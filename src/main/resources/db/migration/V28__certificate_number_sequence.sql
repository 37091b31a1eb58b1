-- Certificate numbers per prefix (programme and round year, e.g. 'SDMP-2026-'): gap-free and never reused. The next
-- number is taken by one atomic upsert of the prefix's row, whose lock holds until the issuing transaction ends, so
-- two nodes or a retry never hand out the same number and a rolled-back issue gives its number back.
create table certificate_number_sequence (
    prefix      varchar(40) primary key,
    last_number integer     not null check (last_number > 0)
);

insert into certificate_number_sequence (prefix, last_number)
select substring(number from '^(.*-)[0-9]+$'), max(cast(substring(number from '([0-9]+)$') as integer))
from certificate
where number ~ '-[0-9]+$'
group by 1;
