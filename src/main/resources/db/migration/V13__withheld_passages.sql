-- Redaction: the passages of a document an editor withheld from the public (one per line, null when none), and a
-- redacted copy of its file that staff attached for the public to download instead of the original (its bytes are
-- in the blob store like any original).
alter table document add column withheld_passages varchar(21000);
alter table document add column redacted_copy_sha256 varchar(64);
alter table document add column redacted_copy_name varchar(255);
alter table document add column redacted_copy_media_type varchar(255);
alter table document add column redacted_copy_size bigint;
