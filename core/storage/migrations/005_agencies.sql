-- Migration 5: the archive of service agencies and expert teams (7.6.2) and handoffs to them
-- (7.2.4, 7.3.3). Never edit this file once it has landed.

CREATE TABLE agencies (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('agency', 'expert_team')),
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    uscc         TEXT UNIQUE CHECK (uscc IS NULL OR length(uscc) = 18),
    contact_name TEXT,
    phone        TEXT,
    address      TEXT,
    capability   TEXT,               -- 技术能力, as the agency describes it
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    rev          INTEGER NOT NULL DEFAULT 1
);

-- Its scope: the catalog items (clause numbers) it serves.
CREATE TABLE agency_items (
    agency_seq INTEGER NOT NULL REFERENCES agencies(seq),
    item_code  TEXT NOT NULL,
    PRIMARY KEY (agency_seq, item_code)
) WITHOUT ROWID;
CREATE INDEX agency_items_item ON agency_items(item_code, agency_seq);

-- 资质: certificates with their validity. `items` lists the catalog items a certificate covers
-- (comma-separated clause numbers); empty means the agency's whole scope.
CREATE TABLE qualifications (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    agency_seq INTEGER NOT NULL REFERENCES agencies(seq),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    number     TEXT,
    issuer     TEXT,
    valid_from TEXT,                 -- YYYY-MM-DD
    valid_to   TEXT,                 -- YYYY-MM-DD; empty: no end
    items      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX qualifications_agency ON qualifications(agency_seq);
CREATE INDEX qualifications_expiry ON qualifications(valid_to);

-- 7.2.4 交接: a case handed to an agency or expert team, with its deadline in working days.
CREATE TABLE handoffs (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    case_seq        INTEGER NOT NULL REFERENCES cases(seq),
    agency_seq      INTEGER NOT NULL REFERENCES agencies(seq),
    handed_at       TEXT NOT NULL,
    handed_by       TEXT NOT NULL,
    due_days        INTEGER NOT NULL CHECK (due_days BETWEEN 1 AND 120),
    due_date        TEXT NOT NULL,   -- China date, YYYY-MM-DD
    due_reason      TEXT,            -- why the item's usual limit was changed
    override_reason TEXT,            -- why an agency without a valid qualification was chosen
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'declined', 'done')),
    client_told     TEXT,            -- 7.2.4: how the client was told (paper, sms, phone)
    client_told_at  TEXT,
    accepted_at     TEXT,
    result          TEXT,
    result_at       TEXT
);
CREATE INDEX handoffs_case ON handoffs(case_seq, seq);
CREATE INDEX handoffs_agency ON handoffs(agency_seq, state);

-- The deadline the case is held to now (its open handoff's), for overdue and due-soon in lists.
ALTER TABLE cases ADD COLUMN due_date TEXT;
CREATE INDEX cases_due ON cases(due_date) WHERE due_date IS NOT NULL;
