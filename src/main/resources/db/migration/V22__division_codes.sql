-- 行政区划 — regions are GB/T 2260 division codes, not free text: an organisation names its county (the city is the
-- county's code with 00 for its last two digits), a recommender account the city or county it works for, an expert
-- the city they live in. Names are for display only.
--
-- V22_1 loads the divisions (src/main/resources/divisions/gb-t-2260.csv) and maps the free text typed before this
-- migration to codes by exact name. The old text stays in the legacy_* columns of the rows it could not map, so the
-- admin (organisations, accounts) and the office (experts) see them as regions to fix; a mapped row's text is cleared.

create table division (
    code        varchar(6)   primary key check (code ~ '^[0-9]{6}$'),
    name        varchar(100) not null,
    level       varchar(10)  not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code varchar(6)   references division (code),
    check ((level = 'PROVINCE') = (parent_code is null))
);
create index division_parent_idx on division (parent_code);

-- A county code; a city code only for an organisation registered before counties (a region to fix).
alter table organisation add column division_code varchar(6) references division (code);
alter table organisation rename column city to legacy_city;
alter table organisation rename column county to legacy_county;
alter table organisation alter column legacy_city drop not null;

-- A recommender's city or county.
alter table app_user add column region_code varchar(6) references division (code);
alter table app_user rename column region_city to legacy_region_city;
alter table app_user rename column region_county to legacy_region_county;

alter table expert add column city_code varchar(6) references division (code);
alter table expert rename column city to legacy_city;
alter table expert alter column legacy_city drop not null;
