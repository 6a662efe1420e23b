-- A comment remembers the browser it came from (a hash of a random secret in that browser's cookie), so that
-- a later comment is published at once only when it comes from a browser whose earlier comment, under the
-- same email address, a person approved: knowing someone's address is no longer enough.
alter table blog_comment add column commenter_key varchar(64);
