-- Migration 4: blobs (signatures, photos), addressed by their SHA-256. Written in the same
-- transaction as the record that names them; sync uploads them before that record's op
-- (DESIGN.md §6) and notes when the platform holds them whole.
CREATE TABLE blobs (
    sha256      TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL,
    data        BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    uploaded_at TEXT
);
CREATE INDEX blobs_to_upload ON blobs(created_at) WHERE uploaded_at IS NULL;
