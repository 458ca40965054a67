-- Migration 9: the outbox takes every kind of record sync will carry (visits now; notices, handoffs
-- and others as they come). Migration 2 listed the entities in a CHECK, which SQLite cannot widen
-- without rebuilding the table; the kinds are checked in code (OutboxStore) from here on, so this is
-- the last rebuild. Never edit this file once it has landed.
CREATE TABLE outbox_new (
    seq         INTEGER PRIMARY KEY,
    op_id       TEXT NOT NULL UNIQUE,
    entity      TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    base_rev    INTEGER NOT NULL DEFAULT 0,
    payload     TEXT NOT NULL,
    actor       TEXT NOT NULL,
    device_time TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'applied', 'duplicate', 'conflict', 'rejected')),
    result      TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT
);
INSERT INTO outbox_new SELECT seq, op_id, entity, record_id, kind, base_rev, payload, actor, device_time, state,
    result, attempts, updated_at, resolved_at, resolved_by FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_state ON outbox(state, seq);
CREATE INDEX outbox_record ON outbox(record_id, state);
