-- Removals from the search cluster that failed while it did not answer: kept until the catch-up has made them,
-- so an item taken out of the archive or the blog never lingers in the cluster's index.
create table search_removal (
    item_key   varchar(300) not null primary key,
    kind       varchar(100) not null,
    item_id    bigint       not null,
    failed_at  timestamp    not null
);
