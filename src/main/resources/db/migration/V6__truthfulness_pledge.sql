-- 诚信承诺 — the legal representative's truthfulness pledge, made when the application is submitted.
alter table application add column pledge_signatory varchar(100);
alter table application add column pledged_at timestamptz;
