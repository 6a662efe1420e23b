-- Abhilekh schema, version 6: the managed list of media outlets. A clipping's outlet is stored by its
-- canonical name in the document's description; this list says which spellings (aliases) mean the same
-- outlet. Keys are the names folded for matching (Unicode NFKC, lower case, single spaces), unique over
-- names and aliases together (the application checks both tables). Written for H2 2.x and PostgreSQL.

create sequence outlet_seq start with 50 increment by 50;

create table outlet (
    id          bigint        primary key,
    name        varchar(500)  not null,
    name_key    varchar(500)  not null,
    medium      varchar(20),
    language    varchar(10),
    city        varchar(200),
    reviewed    boolean       not null,
    created_at  timestamp     not null,
    updated_at  timestamp     not null,
    constraint outlet_name_key_unique unique (name_key)
);

create table outlet_alias (
    outlet_id   bigint        not null references outlet (id) on delete cascade,
    alias       varchar(500)  not null,
    alias_key   varchar(500)  not null,
    constraint outlet_alias_key_unique unique (alias_key)
);

create index outlet_alias_outlet_idx on outlet_alias (outlet_id);
