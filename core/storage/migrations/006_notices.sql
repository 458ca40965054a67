-- Migration 6: one-time notices (一次性告知, 7.2.3) and the yearly counters that number documents.
-- Never edit this file once it has landed.

CREATE TABLE notices (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    number        TEXT NOT NULL UNIQUE,   -- 告知书编号, e.g. LZ-LN-GZ-2026-0001
    case_seq      INTEGER NOT NULL REFERENCES cases(seq),
    issued_at     TEXT NOT NULL,
    issued_by     TEXT NOT NULL,          -- the clerk who signs it
    reason        TEXT NOT NULL,          -- why it cannot be done now
    next_step     TEXT NOT NULL,
    contact       TEXT NOT NULL,          -- where and whom to contact
    deadline      TEXT,                   -- by when, YYYY-MM-DD
    repeat_reason TEXT,                   -- 7.2.3 "tell everything once": why a second notice
    delivered_how TEXT CHECK (delivered_how IS NULL OR delivered_how IN ('paper', 'sms', 'phone')),
    delivered_at  TEXT
);
CREATE INDEX notices_case ON notices(case_seq, seq);

-- What the applicant still has to bring or do, in order.
CREATE TABLE notice_items (
    notice_seq INTEGER NOT NULL REFERENCES notices(seq),
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
    PRIMARY KEY (notice_seq, position)
) WITHOUT ROWID;

-- The last number given out per station, kind of document and year.
CREATE TABLE document_counters (
    station_seq INTEGER NOT NULL REFERENCES stations(seq),
    kind        TEXT NOT NULL,
    year        INTEGER NOT NULL,
    last        INTEGER NOT NULL,
    PRIMARY KEY (station_seq, kind, year)
) WITHOUT ROWID;
