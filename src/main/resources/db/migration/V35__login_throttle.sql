-- Failed sign-ins per account name, in the database so that every node of one database counts the same failures
-- (security/LoginThrottle): after 5 failures within 15 minutes the name is refused for 15 minutes, whatever the
-- password. Names are kept as typed, in lower case, whether an account has them or not (no hint which exist).
create table login_throttle (
    username     varchar(100) primary key,
    failures     integer      not null,
    window_start timestamptz  not null,
    locked_until timestamptz
);
