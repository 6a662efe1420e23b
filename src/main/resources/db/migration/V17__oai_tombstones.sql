-- Documents that were public and no longer are (deleted or made staff-only): OAI-PMH harvesters are told they are gone
-- (deletedRecord "persistent"). One row per document; no foreign key, since the document row itself may be deleted.
create table oai_tombstone (
    document_id bigint       not null primary key,
    doc_type    varchar(40)  not null,
    deleted_at  timestamp    not null
);
create index oai_tombstone_deleted_at on oai_tombstone (deleted_at);
