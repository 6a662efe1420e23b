-- What staff should know about a document's extracted text: flag codes (text-truncated, ocr-unavailable,
-- no-text, legacy-font), comma-separated, for filtering; and the sentences explaining them, one a line.
alter table document add column extraction_flags varchar(200);
alter table document add column extraction_notes varchar(4000);
