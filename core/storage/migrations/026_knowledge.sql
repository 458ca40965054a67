-- Migration 26: the knowledge base (知识库, issue 21; 7.2.2 answer at once, 7.1.3 analyse demand).
-- An entry is a question with its answer, the basis it rests on and the items it applies to, valid
-- over a span of days. Every version is kept, so a case says which version of which entry its
-- answer came from. City entries are maintained at the city and read-only at stations; a station
-- may keep entries of its own (scope 'local'). Answers proposed from cases wait in kb_proposals
-- for a supervisor. Never edit this file once it has landed.
CREATE TABLE kb_entries (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,          -- UUID
    number          TEXT NOT NULL UNIQUE,          -- shown and typed: LZ-LN-ZS-2026-0001
    scope           TEXT NOT NULL CHECK (scope IN ('city', 'local')),
    question        TEXT NOT NULL CHECK (length(question) BETWEEN 1 AND 500),
    answer          TEXT NOT NULL CHECK (length(answer) BETWEEN 1 AND 4000),
    basis           TEXT NOT NULL DEFAULT '',      -- law, standard or rule, with its number and date
    items           TEXT NOT NULL DEFAULT '[]',    -- JSON list of catalog item codes
    valid_from      TEXT,                          -- China dates, YYYY-MM-DD; NULL: open-ended
    valid_to        TEXT,
    basis_withdrawn INTEGER NOT NULL DEFAULT 0,    -- the basis was repealed or replaced
    version         INTEGER NOT NULL DEFAULT 1,
    author          TEXT NOT NULL,                 -- login of the last version's author
    proposal_id     TEXT,                          -- the proposal it came from, if any
    retired_at      TEXT,
    retired_by      TEXT,
    retire_reason   TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE TABLE kb_entry_items (
    item_code TEXT NOT NULL,
    entry_seq INTEGER NOT NULL REFERENCES kb_entries(seq),
    PRIMARY KEY (item_code, entry_seq)
) WITHOUT ROWID;
CREATE TABLE kb_versions (
    entry_seq  INTEGER NOT NULL REFERENCES kb_entries(seq),
    version    INTEGER NOT NULL,
    question   TEXT NOT NULL,
    answer     TEXT NOT NULL,
    basis      TEXT NOT NULL,
    author     TEXT NOT NULL,
    written_at TEXT NOT NULL,
    PRIMARY KEY (entry_seq, version)
) WITHOUT ROWID;
-- The same tokens as case_search (core/search/SearchTokens.cpp); rowid = kb_entries.seq. Column
-- sizes are kept (unlike case_search) because suggestions are ranked with bm25.
CREATE VIRTUAL TABLE kb_search USING fts5(tokens, content='',
                                          tokenize='unicode61 remove_diacritics 0');
CREATE TABLE kb_proposals (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,              -- UUID
    number      TEXT NOT NULL UNIQUE,              -- LZ-LN-JY-2026-0001 (建议)
    case_seq    INTEGER NOT NULL REFERENCES cases(seq),
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL,
    item_code   TEXT NOT NULL,
    proposed_by TEXT NOT NULL,
    proposed_at TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'approved', 'rejected')),
    decided_by  TEXT,
    decided_at  TEXT,
    decision_note TEXT,
    entry_seq   INTEGER REFERENCES kb_entries(seq)
);
CREATE INDEX kb_proposals_open ON kb_proposals(state, proposed_at);
-- Which entry, in which version, a case's answer was taken from, and whether the clerk changed it.
CREATE TABLE kb_uses (
    case_seq  INTEGER PRIMARY KEY REFERENCES cases(seq),
    entry_seq INTEGER NOT NULL REFERENCES kb_entries(seq),
    version   INTEGER NOT NULL,
    edited    INTEGER NOT NULL CHECK (edited IN (0, 1)),
    used_at   TEXT NOT NULL
);
CREATE INDEX kb_uses_entry ON kb_uses(entry_seq);
-- A case registered twice is merged (合并) into the one kept: it points there, and its number
-- finds the kept case.
ALTER TABLE cases ADD COLUMN merged_into INTEGER REFERENCES cases(seq);
CREATE TABLE case_aliases (
    number   TEXT PRIMARY KEY,                     -- the merged case's number
    case_seq INTEGER NOT NULL REFERENCES cases(seq)
) WITHOUT ROWID;
