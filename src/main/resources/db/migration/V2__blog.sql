-- Abhilekh schema, version 2: the public blog. Posts, their revisions and former slugs, and comments.
-- Sequences start at their increment, as in V1. Written in the SQL that H2 2.x and PostgreSQL both accept.

create sequence blog_post_seq start with 50 increment by 50;

create table blog_post (
    id               bigint        primary key,
    slug             varchar(120)  not null,
    title            varchar(300)  not null,
    excerpt          varchar(1000),
    body_markdown    text          not null,
    cover_image_url  varchar(1000),
    cover_image_alt  varchar(300),
    -- Category codes and tags, each list stored as ",a,b," so one LIKE finds a member.
    categories       varchar(500)  not null,
    tags             varchar(1000) not null,
    author           varchar(200)  not null,
    language         varchar(10)   not null,
    status           varchar(20)   not null,
    publish_at       timestamp,
    revision         bigint        not null,
    created_at       timestamp     not null,
    updated_at       timestamp     not null,
    constraint blog_post_slug_unique unique (slug)
);

create index blog_post_public_idx on blog_post (status, publish_at);

-- A slug a post had before; its address answers with a permanent redirect to the current one.
create table blog_old_slug (
    slug    varchar(120) primary key,
    post_id bigint       not null references blog_post (id) on delete cascade
);

create sequence blog_post_revision_seq start with 50 increment by 50;

create table blog_post_revision (
    id            bigint        primary key,
    post_id       bigint        not null references blog_post (id) on delete cascade,
    revision      bigint        not null,
    title         varchar(300)  not null,
    excerpt       varchar(1000),
    body_markdown text          not null,
    status        varchar(20)   not null,
    edited_by     varchar(200)  not null,
    edited_at     timestamp     not null
);

create index blog_post_revision_post_idx on blog_post_revision (post_id, revision);

create sequence blog_comment_seq start with 50 increment by 50;

-- author_email is kept for moderation only: it is never rendered, fed, served by the API or hashed.
create table blog_comment (
    id             bigint        primary key,
    post_id        bigint        not null references blog_post (id) on delete cascade,
    parent_id      bigint        references blog_comment (id) on delete cascade,
    author_name    varchar(100)  not null,
    author_email   varchar(254)  not null,
    author_website varchar(300),
    body           varchar(4000) not null,
    status         varchar(20)   not null,
    held_reason    varchar(200),
    created_at     timestamp     not null
);

create index blog_comment_post_idx on blog_comment (post_id, status, created_at);
create index blog_comment_status_idx on blog_comment (status, created_at);
create index blog_comment_email_idx on blog_comment (author_email, status);
