-- Sessions of an account signed in before this moment have ended: set by a password change, a reset or a disable, and
-- read by every node (security/SignedInSessions), so a session held by another node than the one the change was made
-- on ends too, within half a minute.
alter table app_user add column sessions_valid_from timestamptz;
