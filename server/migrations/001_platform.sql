-- The city platform's database (qsdesk-server), migration 1. Never edit once landed.

-- city code, server epoch (a new one after a restore, so clients re-offer what it lacks)
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- 4.2/4.3: the stations that synchronise here, each with its credential (only its hash is kept).
CREATE TABLE stations (
    code       TEXT PRIMARY KEY NOT NULL CHECK (code GLOB '[A-Z0-9]*' AND length(code) BETWEEN 1 AND 8),
    name       TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('city', 'county', 'district', 'park')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
) WITHOUT ROWID;

-- Every record the platform holds, in its latest form, and the station that owns it. `scope` is
-- what visibility is granted by: a case and its events share the case's id, a client its own.
CREATE TABLE records (
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    scope     TEXT NOT NULL,
    owner     TEXT NOT NULL REFERENCES stations(code),
    rev       INTEGER NOT NULL,
    payload   TEXT NOT NULL,
    PRIMARY KEY (entity, record_id)
) WITHOUT ROWID;

-- The change log in the server's commit order (writers are serialised, so AUTOINCREMENT order is
-- commit order); pull serves it after a cursor, scoped to the station.
CREATE TABLE changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    scope     TEXT NOT NULL,
    owner     TEXT NOT NULL,
    rev       INTEGER NOT NULL,
    payload   TEXT NOT NULL
);
CREATE INDEX changes_owner ON changes(owner, seq);

-- 4.2: cases the city dispatched to a station other than their owner (with their clients); such a
-- station pulls and may act on them.
CREATE TABLE grants (
    scope      TEXT NOT NULL,
    station    TEXT NOT NULL REFERENCES stations(code),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (scope, station)
) WITHOUT ROWID;

-- The answer given to every applied op, so a replayed op (its acknowledgement was lost) gets the
-- same answer again and never applies twice. Refusals are not kept: they are judged afresh.
CREATE TABLE applied_ops (
    op_id   TEXT PRIMARY KEY NOT NULL,
    station TEXT NOT NULL,
    result  TEXT NOT NULL,
    at      TEXT NOT NULL
) WITHOUT ROWID;
