-- Migration 2: the sync outbox and sync state (DESIGN.md §6). Every local change writes its op here
-- in the same transaction as the change itself, so nothing committed can be missed by sync, and
-- nothing is sent that was not committed. Ops are never deleted silently: the server's answer is
-- kept, and conflicts and refusals stay visible until a person deals with them.
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY,
    op_id       TEXT NOT NULL UNIQUE,  -- idempotency key: a replayed op gets its first answer back
    entity      TEXT NOT NULL CHECK (entity IN ('client', 'case', 'case_event')),
    record_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,         -- create, transition, update, …
    base_rev    INTEGER NOT NULL DEFAULT 0,
    payload     TEXT NOT NULL,         -- JSON
    actor       TEXT NOT NULL,
    device_time TEXT NOT NULL,         -- data only: the server orders everything
    state       TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'applied', 'duplicate', 'conflict', 'rejected')),
    result      TEXT,                  -- the server's answer (JSON) once there is one
    attempts    INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL
);
CREATE INDEX outbox_state ON outbox(state, seq);

-- cursor, server epoch, last successful sync, …
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
