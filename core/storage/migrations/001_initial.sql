-- Migration 1: stations, the client archive (客户档案), cases with their append-only event timeline,
-- the audit log, the daily case-number counters and the search indexes. Never edit this file once
-- it has landed: add 002_….sql instead.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- 4.2/4.3: the city platform and its county, district and park stations.
CREATE TABLE stations (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    city_code  TEXT NOT NULL CHECK (city_code GLOB '[A-Z][A-Z]*' AND length(city_code) <= 4),
    code       TEXT NOT NULL CHECK (code GLOB '[A-Z0-9]*' AND length(code) BETWEEN 1 AND 8),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    level      TEXT NOT NULL CHECK (level IN ('city', 'county', 'district', 'park')),
    parent_seq INTEGER REFERENCES stations(seq),
    is_local   INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
    created_at TEXT NOT NULL,
    UNIQUE (city_code, code)
);
CREATE UNIQUE INDEX stations_one_local ON stations(is_local) WHERE is_local = 1;

-- 4.2 客户档案: enterprises (with their unified social credit code) and persons.
CREATE TABLE clients (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('enterprise', 'person')),
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    uscc         TEXT UNIQUE CHECK (uscc IS NULL OR length(uscc) = 18),
    contact_name TEXT,
    phone        TEXT,
    address      TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    rev          INTEGER NOT NULL DEFAULT 1
);

-- 7.1/7.2 服务诉求. Listed newest first by seq, which is the order of registration here.
CREATE TABLE cases (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    number        TEXT NOT NULL UNIQUE,
    station_seq   INTEGER NOT NULL REFERENCES stations(seq),
    client_seq    INTEGER NOT NULL REFERENCES clients(seq),
    channel       TEXT NOT NULL CHECK (channel IN ('website', 'window', 'phone', 'onsite', 'survey', 'visit')),
    category_code TEXT NOT NULL,
    item_code     TEXT NOT NULL,
    summary       TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
    status        TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    received_by   TEXT NOT NULL,
    answer        TEXT,
    closed_at     TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    rev           INTEGER NOT NULL DEFAULT 1
);
-- seq alone, for jumps deep into the unfiltered list (OFFSET over this index: 5 ms at row 500,000;
-- over the table itself: 52 ms).
CREATE INDEX cases_order    ON cases(seq);
CREATE INDEX cases_client   ON cases(client_seq, seq);
CREATE INDEX cases_status   ON cases(status, seq);
CREATE INDEX cases_category ON cases(category_code, seq);
CREATE INDEX cases_item     ON cases(item_code, seq);
CREATE INDEX cases_channel  ON cases(channel, seq);
CREATE INDEX cases_received ON cases(received_at, category_code, channel, status);

-- The timeline of a case: append-only; a correction is a new event.
CREATE TABLE case_events (
    seq      INTEGER PRIMARY KEY,
    id       TEXT NOT NULL UNIQUE,
    case_seq INTEGER NOT NULL REFERENCES cases(seq),
    kind     TEXT NOT NULL,
    actor    TEXT NOT NULL,
    at       TEXT NOT NULL,
    detail   TEXT
);
CREATE INDEX case_events_case ON case_events(case_seq, seq);
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;

-- Who did what, when (7.6.1, 7.6.3). Append-only.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    detail    TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- The last case number given out per station and China-time day.
CREATE TABLE case_counters (
    station_seq INTEGER NOT NULL REFERENCES stations(seq),
    day         TEXT NOT NULL,
    last        INTEGER NOT NULL,
    PRIMARY KEY (station_seq, day)
) WITHOUT ROWID;

-- Search (DESIGN.md §5): contentless FTS5 over tokens made in core/search/SearchTokens.cpp: for each
-- CJK run its bigrams in order, then its single characters; each Latin/digit run as one word. The
-- three kinds never collide (two CJK characters, one, or none), so one column holds them all;
-- separate columns with column filters made counts 10-20 times slower. The trigram tokenizer cannot
-- find one- or two-character Chinese words, so it is not used. rowid = cases.seq / clients.seq.
CREATE VIRTUAL TABLE case_search USING fts5(tokens, content='', columnsize=0,
                                            tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE client_search USING fts5(tokens, content='', columnsize=0,
                                              tokenize='unicode61 remove_diacritics 0');
