-- A team of accounts: a name people recognise, accounts that can be switched off, when each last logged in,
-- and a credential version that every password change, reset or disabling raises, so the sessions that
-- were opened with the old one end at their next request (on every server sharing this database).
alter table app_user add column display_name varchar(200);
alter table app_user add column disabled boolean default false not null;
alter table app_user add column last_login_at timestamp;
alter table app_user add column credential_version integer default 0 not null;
update app_user set display_name = username;
