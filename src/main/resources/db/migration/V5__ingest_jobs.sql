-- Abhilekh schema, version 5: ingest jobs as records of their own, and folder imports.
-- A job is one attempt at reading one document's original; a retry is a new job, so every attempt keeps
-- its own reason and times. open_document_id holds the document id while the job is queued or running and
-- is null afterwards: its unique constraint lets a document have at most one open job, in H2 and PostgreSQL
-- alike (both allow many nulls in a unique column).

create sequence import_batch_seq start with 50 increment by 50;

create table import_batch (
    id          bigint        primary key,
    folder      varchar(2000) not null,
    source      varchar(20)   not null,
    state       varchar(20)   not null,
    files       integer       not null,
    added       integer       not null,
    duplicates  integer       not null,
    refused     integer       not null,
    problem     varchar(2000),
    created_by  varchar(100)  not null,
    created_at  timestamp     not null,
    finished_at timestamp
);

create index import_batch_created_idx on import_batch (created_at);

-- Files a folder import could not take in (a broken sidecar, an empty file): they have no document and no job.
create sequence import_refusal_seq start with 50 increment by 50;

create table import_refusal (
    id        bigint        primary key,
    batch_id  bigint        not null references import_batch (id) on delete cascade,
    path      varchar(2000) not null,
    reason    varchar(2000) not null
);

create index import_refusal_batch_idx on import_refusal (batch_id, id);

create sequence ingest_job_seq start with 50 increment by 50;

create table ingest_job (
    id               bigint        primary key,
    document_id      bigint        not null references document (id) on delete cascade,
    open_document_id bigint,
    file_name        varchar(500)  not null,
    source           varchar(20)   not null,
    status           varchar(20)   not null,
    reason           varchar(2000),
    attempts         integer       not null,
    retry_of         bigint,
    retried_by       bigint,
    batch_id         bigint        references import_batch (id) on delete set null,
    created_by       varchar(100)  not null,
    created_at       timestamp     not null,
    started_at       timestamp,
    finished_at      timestamp,
    constraint ingest_job_one_open unique (open_document_id)
);

create index ingest_job_created_idx on ingest_job (created_at, id);
create index ingest_job_status_idx on ingest_job (status, id);
create index ingest_job_document_idx on ingest_job (document_id, id);
create index ingest_job_batch_idx on ingest_job (batch_id, status);

-- Documents stored before jobs existed get one job each that mirrors where they stand (statuses and sources
-- are stored by their enum names). Ids come from the sequence, one block each, so they never meet the blocks
-- the application takes afterwards.
insert into ingest_job (id, document_id, open_document_id, file_name, source, status, reason, attempts,
                        created_by, created_at, started_at, finished_at)
select nextval('ingest_job_seq'), d.id,
       case when d.ingest_status in ('PENDING', 'PROCESSING') then d.id end,
       d.original_name, 'UPLOAD',
       case d.ingest_status when 'PENDING' then 'QUEUED' when 'PROCESSING' then 'QUEUED'
                            when 'DONE' then 'DONE' else 'FAILED' end,
       d.ingest_error,
       case when d.ingest_status in ('DONE', 'FAILED') then 1 else 0 end,
       'system', d.created_at,
       case when d.ingest_status in ('DONE', 'FAILED') then d.created_at end,
       case when d.ingest_status in ('DONE', 'FAILED') then d.updated_at end
from document d;
