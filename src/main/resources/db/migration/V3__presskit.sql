-- Abhilekh schema, version 3: press kits. A kit is an ordered list of items; an item is either an
-- archive document (by id; the archive decides at read time whether the caller may see it) or a
-- kit-only asset whose bytes are in the blob store (by sha256). Written for H2 2.x and PostgreSQL.

create sequence press_kit_seq start with 50 increment by 50;

create table press_kit (
    id             bigint        primary key,
    slug           varchar(80)   not null,
    title          varchar(500)  not null,
    summary        varchar(4000),
    embargo_until  timestamp,
    preview_token  varchar(64)   not null,
    download_count bigint        not null,
    created_at     timestamp     not null,
    updated_at     timestamp     not null,
    constraint press_kit_slug_unique unique (slug)
);

create sequence press_kit_item_seq start with 50 increment by 50;

create table press_kit_item (
    id          bigint        primary key,
    kit_id      bigint        not null references press_kit (id) on delete cascade,
    item_position integer     not null,
    item_kind   varchar(20)   not null,
    document_id bigint        references document (id) on delete cascade,
    title       varchar(1000),
    item_date   date,
    file_name   varchar(300),
    sha256      char(64),
    media_type  varchar(200),
    size_bytes  bigint,
    caption     varchar(2000),
    credit      varchar(500),
    licence     varchar(300)
);

create index press_kit_item_kit_idx on press_kit_item (kit_id, item_position);
