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
