-- The city platform's database, migration 2: blobs (signatures, photos; DESIGN.md §6), uploaded
-- first, in chunks appended in order so an upload cut halfway resumes where it stopped, and kept
-- only once their SHA-256 matches the name they were uploaded under. Never edit once landed.
CREATE TABLE blobs (
    sha256       TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    size         INTEGER NOT NULL CHECK (size >= 0),
    received     INTEGER NOT NULL DEFAULT 0,
    complete     INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
    station      TEXT NOT NULL REFERENCES stations(code),
    created_at   TEXT NOT NULL,
    completed_at TEXT
) WITHOUT ROWID;

CREATE TABLE blob_chunks (
    id     INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    offset INTEGER NOT NULL,
    data   BLOB NOT NULL,
    UNIQUE (sha256, offset)
);
