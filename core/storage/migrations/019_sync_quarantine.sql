-- Migration 19: records pulled from the platform that this station could not apply (issue 17;
-- DESIGN.md §6, convergence). One such record used to stop every pull; now it is held here with
-- the reason, the pull goes on past it, and a person sees it under 需处理的记录 and settles it
-- (apply again, or dismiss). `change` is the change as pulled, to apply again.
-- Never edit this file once it has landed.
CREATE TABLE sync_quarantine (
    seq          INTEGER PRIMARY KEY,
    change_seq   INTEGER NOT NULL,
    entity       TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    change       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    reason_local TEXT NOT NULL,
    field        TEXT,
    first_seen   TEXT NOT NULL,
    last_tried   TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 1,
    state        TEXT NOT NULL DEFAULT 'held' CHECK (state IN ('held', 'applied', 'dismissed')),
    settled_at   TEXT,
    settled_by   TEXT
);
CREATE UNIQUE INDEX sync_quarantine_change ON sync_quarantine(change_seq, entity, record_id);
CREATE INDEX sync_quarantine_held ON sync_quarantine(state, seq);
