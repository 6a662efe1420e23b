-- Abhilekh schema, version 4: the audit trail. Who did what, when, to what; kept for years, never edited.

create sequence audit_entry_seq start with 50 increment by 50;

create table audit_entry (
    id        bigint        primary key,
    at        timestamp     not null,
    actor     varchar(100)  not null,
    action    varchar(40)   not null,
    target    varchar(300),
    details   varchar(8000)
);

create index audit_entry_at_idx on audit_entry (at);
create index audit_entry_action_idx on audit_entry (action, at);
create index audit_entry_actor_idx on audit_entry (actor, at);
