-- 撤销 — a title withdrawn by the authority's decision: the ground, the decision's document number and date, and the
-- office's written reason. All four are set together or not at all; a revoked certificate stays on record (its number
-- is never reused) and the verify page says revoked.
alter table certificate
    add column revoked_on                 date,
    add column revocation_ground          varchar(30),
    add column revocation_document_number varchar(100),
    add column revocation_reason          text,
    add constraint certificate_revocation_whole check (
        (revoked_on is null and revocation_ground is null and revocation_document_number is null and revocation_reason is null)
        or (revoked_on is not null and revocation_ground is not null and revocation_document_number is not null
            and revocation_reason is not null));

-- The public revocation list reads revoked certificates newest first.
create index certificate_revoked_on on certificate (revoked_on desc) where revoked_on is not null;
