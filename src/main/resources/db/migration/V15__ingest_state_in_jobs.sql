-- Abhilekh schema, version 15: where a document's reading stands is kept once, by its ingest jobs. The document's
-- ingest_status and ingest_error went along with its jobs by hand; the archive now shows its latest job instead.
-- Before they go, whatever only the document knew is carried into the jobs.

-- A document that has no job but was read (or failed) gets one job that says so, as V5 gave one to each document
-- stored before jobs existed. Waiting documents without a job are given one by the first start, as before.
insert into ingest_job (id, document_id, open_document_id, file_name, source, status, reason, attempts,
                        created_by, created_at, started_at, finished_at)
select nextval('ingest_job_seq'), d.id, null, d.original_name, 'RECOVERED',
       case d.ingest_status when 'DONE' then 'DONE' else 'FAILED' end,
       d.ingest_error, 1, 'system', d.created_at, d.created_at, d.updated_at
from document d
where d.ingest_status in ('DONE', 'FAILED')
  and not exists (select 1 from ingest_job j where j.document_id = d.id);

-- A document's latest job that has ended takes the document's outcome and reason where the two disagree, so that
-- every document answers as it did before the upgrade.
update ingest_job
set status = (select case d.ingest_status when 'DONE' then 'DONE' else 'FAILED' end from document d where d.id = ingest_job.document_id),
    reason = (select d.ingest_error from document d where d.id = ingest_job.document_id)
where open_document_id is null
  and id = (select max(j.id) from ingest_job j where j.document_id = ingest_job.document_id)
  and exists (select 1 from document d where d.id = ingest_job.document_id and d.ingest_status in ('DONE', 'FAILED')
              and (d.ingest_status <> ingest_job.status or coalesce(d.ingest_error, '') <> coalesce(ingest_job.reason, '')));

drop index document_status_idx;
alter table document drop column ingest_status;
alter table document drop column ingest_error;
