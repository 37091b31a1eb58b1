-- Usernames compare case-insensitively: `Applicant` cannot shadow `applicant`.
-- Fails on a database that already holds two names differing in case only; rename one of them first.
create unique index app_user_username_lower on app_user (lower(username));
