-- 失信记录 — an entry is recorded once per credit code, source and listing date, so importing the credit platform's
-- export again stores nothing new and opens no second title review.
--
-- Imports before this migration may have stored an entry twice. The first of each set stays; a title review opened
-- for a later copy is pointed at the first (its process variable creditRecordId), and each copy removed leaves an
-- audit row naming the entry it repeated.

create temporary table credit_record_copy on commit drop as
select copy.id as copy_id, firsts.first_id
from credit_record copy
join (select credit_code, source, listed_on, min(id) as first_id
      from credit_record
      group by credit_code, source, listed_on
      having count(*) > 1) firsts
  on firsts.credit_code = copy.credit_code and firsts.source = copy.source and firsts.listed_on = copy.listed_on
where copy.id <> firsts.first_id;

-- Camunda creates its tables at startup, after Flyway: on a new database they are not there yet (nor are copies).
do $$
begin
    if to_regclass('act_ru_variable') is not null then
        update act_ru_variable v set long_ = c.first_id, text_ = c.first_id::text
        from credit_record_copy c
        where v.name_ = 'creditRecordId' and v.type_ = 'long' and v.long_ = c.copy_id;
    end if;
    if to_regclass('act_hi_varinst') is not null then
        update act_hi_varinst v set long_ = c.first_id, text_ = c.first_id::text
        from credit_record_copy c
        where v.name_ = 'creditRecordId' and v.var_type_ = 'long' and v.long_ = c.copy_id;
    end if;
end
$$;

insert into audit_event (occurred_at, actor, entity_type, entity_id, action, before_state, after_state, detail)
select now(), 'system', 'CREDIT_RECORD', c.copy_id, 'DUPLICATE_REMOVED', r.kind, null,
       'same credit code, source and listing date as entry ' || c.first_id
from credit_record_copy c
join credit_record r on r.id = c.copy_id;

delete from credit_record where id in (select copy_id from credit_record_copy);

-- The unique index serves the look-ups by credit code too.
alter table credit_record add constraint credit_record_once unique (credit_code, source, listed_on);
drop index credit_record_code_idx;
