-- Migration 10: the audit log becomes tamper-evident (issue 6, 7.6.3). Each entry carries the hash
-- of the one before it and its own hash over everything it says (core/storage/AuditLog.cpp), so an
-- entry edited, removed or moved directly in the file breaks the chain at that entry and
-- `qsdesk-cli audit verify` names it. The entries written before this migration are chained by the
-- code step that runs with it (Migrations.cpp), in the same transaction.
--
-- The append-only triggers of migration 1 go: anyone who can edit the file can drop a trigger, so
-- they never protected the log; what they did was make a tampered entry look impossible. The chain
-- is the guard now, and the code never updates or deletes an entry.
-- Never edit this file once it has landed.
DROP TRIGGER audit_log_no_update;
DROP TRIGGER audit_log_no_delete;
ALTER TABLE audit_log ADD COLUMN role TEXT;      -- the actor's role when it acted (issue 6)
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT; -- hex SHA-256 of the entry before; '' for the first
ALTER TABLE audit_log ADD COLUMN hash TEXT;      -- hex SHA-256 of prev_hash and this entry's fields
