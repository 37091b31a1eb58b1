-- 盲评 — blind review. An attachment is downloaded by a random public key (a version 4 UUID, 122 random bits), never
-- by its sequential id, so that no one can reach an attachment by counting. And it carries the mark that it shows no
-- name of the applicant (不含申报单位名称): the applicant declares it when attaching, the office may set or withdraw it;
-- under blind review an expert is listed and served the marked attachments only.

alter table attachment add column public_key uuid;
update attachment set public_key = gen_random_uuid();
alter table attachment alter column public_key set not null;
alter table attachment add constraint attachment_public_key_key unique (public_key);

-- Files attached before the mark existed were never declared free of names: experts under blind review do not see them.
alter table attachment add column anonymised boolean not null default false;
