-- Migration 8: on-site visit records (7.3.3, 7.3.4) with the client's signature and photos, and the
-- drafts field staff are typing. Never edit this file once it has landed.

CREATE TABLE visits (
    seq               INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    case_seq          INTEGER NOT NULL REFERENCES cases(seq),
    visited_at        TEXT NOT NULL,
    place             TEXT NOT NULL,
    staff             TEXT NOT NULL,         -- staff present
    client_people     TEXT,                  -- the client's people present
    summary           TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),  -- what was asked
    answers           TEXT,                  -- answered on the spot
    materials         TEXT,                  -- materials and information collected
    follow_ups        TEXT NOT NULL DEFAULT '[]',  -- JSON list of what was promised
    signer_name       TEXT,                  -- 7.3.4 请服务对象签字确认
    signature_sha256  TEXT REFERENCES blobs(sha256),
    signature_strokes TEXT,                  -- JSON: the pen's strokes, when signed on the pad
    signed_at         TEXT,
    supersedes        TEXT,                  -- the id of the record this one corrects
    recorded_by       TEXT NOT NULL,
    created_at        TEXT NOT NULL
);
CREATE INDEX visits_case ON visits(case_seq, seq);
-- A signed record is locked: a correction is a new record that supersedes it.
CREATE TRIGGER visits_signed_locked BEFORE UPDATE ON visits WHEN OLD.signed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a signed visit record is locked; record a correction instead'); END;
CREATE TRIGGER visits_kept BEFORE DELETE ON visits
BEGIN SELECT RAISE(ABORT, 'visit records are kept'); END;

CREATE TABLE visit_photos (
    visit_seq INTEGER NOT NULL REFERENCES visits(seq),
    position  INTEGER NOT NULL,
    sha256    TEXT NOT NULL REFERENCES blobs(sha256),
    file_name TEXT,
    width     INTEGER NOT NULL,
    height    INTEGER NOT NULL,
    PRIMARY KEY (visit_seq, position)
) WITHOUT ROWID;

-- What is being typed, saved every few seconds so a killed program loses at most those seconds.
CREATE TABLE visit_drafts (
    id         TEXT PRIMARY KEY NOT NULL,
    case_number TEXT,
    content    TEXT NOT NULL,                -- JSON of the form
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
