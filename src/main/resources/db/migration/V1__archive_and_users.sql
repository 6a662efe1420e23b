-- Abhilekh schema, version 1: the archive's documents, their extracted text, users and settings.
-- Sequences start at their increment: EclipseLink reads the first value as the top of its first block of 50.
-- Written in the SQL that H2 2.x and PostgreSQL both accept.

create sequence document_seq start with 50 increment by 50;

create table document (
    id               bigint        primary key,
    title            varchar(1000) not null,
    doc_type         varchar(40)   not null,
    doc_date         date,
    language         varchar(10)   not null,
    visibility       varchar(10)   not null,
    sha256           char(64)      not null,
    original_name    varchar(500)  not null,
    media_type       varchar(200),
    size_bytes       bigint        not null,
    summary          varchar(4000),
    metadata_json    varchar(20000),
    ingest_status    varchar(20)   not null,
    ingest_error     varchar(2000),
    text_truncated   boolean       not null,
    revision         bigint        not null,
    indexed_revision bigint        not null,
    created_at       timestamp     not null,
    updated_at       timestamp     not null,
    constraint document_sha256_unique unique (sha256)
);

create index document_status_idx on document (ingest_status);
create index document_index_behind_idx on document (indexed_revision, revision);

-- The extracted text is kept apart so that listing documents never drags megabytes of text along.
create table document_text (
    document_id bigint primary key references document (id) on delete cascade,
    body        text   not null
);

create sequence app_user_seq start with 50 increment by 50;

create table app_user (
    id                   bigint       primary key,
    username             varchar(100) not null,
    password_hash        varchar(300) not null,
    roles                varchar(200) not null,
    must_change_password boolean      not null,
    created_at           timestamp    not null,
    constraint app_user_username_unique unique (username)
);

create table app_setting (
    setting_name  varchar(100)  primary key,
    setting_value varchar(2000) not null
);
