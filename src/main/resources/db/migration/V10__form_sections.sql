-- The application form is built from the programme's sections: the answers other than the subject's name and
-- trademark are kept by field name; the figures of each year grow from sales alone to the five the rubrics use.

alter table application add column details jsonb not null default '{}'::jsonb;

alter table application_figure add column profit numeric(18, 2);
alter table application_figure add column tax numeric(18, 2);
alter table application_figure add column rd_spend numeric(18, 2);
alter table application_figure add column market_share numeric(5, 2);

-- A supplement request reopens whole form sections now.
update supplement_request
set parts = replace(replace(replace(parts, 'PRODUCT_NAME', 'PRODUCT'), 'TRADEMARK', 'PRODUCT'), 'SALES', 'FIGURES');
