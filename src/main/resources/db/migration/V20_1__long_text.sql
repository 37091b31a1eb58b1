-- What the system composes from what people typed is kept whole, so a long but valid input never rolls back the
-- decision it belongs to. Each input keeps its own limit where it is typed (a supplement request's items 2,000
-- characters, a department's finding 1,000, a reason 1,000); what is composed of several has none:
--  * the decision reason of an application: the supplement request's items, or the city's department findings joined;
--  * the detail of an audit row, which repeats it;
--  * a draw's candidates and drawn experts (ids, as many as the pool holds).
alter table application alter column decision_reason type text;
alter table audit_event alter column detail type text;
alter table expert_draw alter column candidates type text;
alter table expert_draw alter column drawn type text;
alter table expert_reminder alter column open_applications type text;

-- 回避 — the experts a draw passed over, one row each with the reason, instead of one list in a column: a large pool
-- passes over hundreds. The draw's audit row counts them by reason.
create table expert_draw_exclusion (
    draw_id   bigint      not null references expert_draw (id),
    expert_id bigint      not null references expert (id),
    reason    varchar(30) not null,
    primary key (draw_id, expert_id)
);

insert into expert_draw_exclusion (draw_id, expert_id, reason)
select d.id, split_part(e.entry, ':', 1)::bigint, split_part(e.entry, ':', 2)
from expert_draw d, unnest(string_to_array(d.excluded, ',')) as e(entry)
where d.excluded <> '';

alter table expert_draw drop column excluded;
