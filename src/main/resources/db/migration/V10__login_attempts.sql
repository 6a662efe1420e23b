-- Abhilekh schema, version 10: counters for login throttling and rate limits, in the database so that a
-- restart does not lift a lock and every instance sees the same counts.
-- One row per counted key, such as a login name tried from one address ("login.pair ..."), one address
-- ("login.address ..."), or a commenter's address ("blog.comment ..."): how many events, the first and the
-- last, until when the key must wait, and when the row no longer matters. The key itself is the primary key,
-- since a row is only ever found by it (and changed with the row locked); rows past expires_at are deleted.

create table rate_tally (
    tally_key     varchar(250) primary key,
    hits          integer      not null,
    first_at      timestamp    not null,
    last_at       timestamp    not null,
    blocked_until timestamp,
    expires_at    timestamp    not null
);

create index rate_tally_expires_idx on rate_tally (expires_at);
