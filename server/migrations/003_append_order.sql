-- The city platform's database, migration 3: records and applied ops stored in arrival order
-- (rowid tables) with their UUID keys in small unique indexes. Keyed by random UUIDs directly
-- (WITHOUT ROWID), every push batch rewrote about one page per op across the whole table: a third of
-- the server's push time went to committing those pages. Never edit once landed.
CREATE TABLE records_new (
    seq       INTEGER PRIMARY KEY,
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    scope     TEXT NOT NULL,
    owner     TEXT NOT NULL REFERENCES stations(code),
    rev       INTEGER NOT NULL,
    payload   TEXT NOT NULL,
    UNIQUE (entity, record_id)
);
INSERT INTO records_new(entity, record_id, scope, owner, rev, payload)
    SELECT entity, record_id, scope, owner, rev, payload FROM records;
DROP TABLE records;
ALTER TABLE records_new RENAME TO records;
CREATE INDEX records_scope ON records(scope);

CREATE TABLE applied_ops_new (
    seq     INTEGER PRIMARY KEY,
    op_id   TEXT NOT NULL UNIQUE,
    station TEXT NOT NULL,
    result  TEXT NOT NULL,
    at      TEXT NOT NULL
);
INSERT INTO applied_ops_new(op_id, station, result, at) SELECT op_id, station, result, at FROM applied_ops;
DROP TABLE applied_ops;
ALTER TABLE applied_ops_new RENAME TO applied_ops;
