-- The engine now keeps history at level "audit" (2) instead of "full" (3); Camunda refuses to start when its
-- configured level and the level recorded in an existing database differ. On a fresh database the engine's tables
-- do not exist yet when this runs, and the engine records the level itself.
do $$
begin
    if exists (select 1 from information_schema.tables where table_schema = current_schema() and table_name = 'act_ge_property') then
        update act_ge_property set value_ = '2' where name_ = 'historyLevel';
    end if;
end
$$;
