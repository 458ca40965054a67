-- Migration 3: case status transitions travel by sync (DESIGN.md §6). A pulled change of a case is
-- applied only when no local op on it waits to be sent, which this index answers; a conflict or a
-- refusal leaves the "needs attention" list when a person marks it dealt with (who and when kept).
CREATE INDEX outbox_record ON outbox(record_id, state);
ALTER TABLE outbox ADD COLUMN resolved_at TEXT;
ALTER TABLE outbox ADD COLUMN resolved_by TEXT;
