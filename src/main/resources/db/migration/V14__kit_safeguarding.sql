-- Press kits: a kit is a draft, seen by staff only, until an editor publishes it, because publishing is where an
-- editor reviews what the safeguarding checks found. Kits made before this were public or scheduled: published.
-- What the checks found in a kit's title and summary, and in each of its own files (the words written for it, and
-- the file's text and hidden metadata): JSON arrays like document.safeguarding_findings, null when nothing was found.
alter table press_kit add column published boolean default true not null;
alter table press_kit add column safeguarding_findings varchar(20000);
alter table press_kit_item add column safeguarding_findings varchar(20000);
