-- What the safeguarding checks found in a document: a JSON array of {"kind", "excerpt", "where"}, null when
-- nothing was found. And whether a document asked to be public waits: 'AWAITING_CHECK' until its text has been
-- read and checked, 'HELD' when the checks found something (or could not read the file) and an editor must review it first.
alter table document add column safeguarding_findings varchar(20000);
alter table document add column publication_hold varchar(20);
