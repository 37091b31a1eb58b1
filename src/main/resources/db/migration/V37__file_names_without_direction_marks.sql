-- Names of files uploaded before direction marks were dropped on upload (AttachmentService.sanitisedName): a
-- right-to-left override (U+202E) or another invisible format character could show "reportexe.pdf" for a file
-- named "report<U+202E>fdp.exe". The same characters go from the names already stored; a name of nothing else
-- becomes "file".
update attachment
set file_name = coalesce(nullif(regexp_replace(file_name, '[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]', '', 'g'), ''), 'file')
where file_name ~ '[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]';

update objection_evidence
set file_name = coalesce(nullif(regexp_replace(file_name, '[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]', '', 'g'), ''), 'file')
where file_name ~ '[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]';

update site_visit_photo
set file_name = coalesce(nullif(regexp_replace(file_name, '[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]', '', 'g'), ''), 'file')
where file_name ~ '[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]';
