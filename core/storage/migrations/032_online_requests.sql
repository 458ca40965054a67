-- Issue 23: requests typed on the platform's public pages (channel 平台网站) and routed to this
-- station by the enterprise's district. They wait here as 待受理 until a clerk accepts one (it
-- becomes a registered case, case_seq) or returns it with a reason the applicant sees.
CREATE TABLE online_requests (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    number        TEXT NOT NULL UNIQUE,
    enterprise    TEXT NOT NULL,
    uscc          TEXT NOT NULL,
    contact       TEXT NOT NULL,
    phone         TEXT NOT NULL,
    email         TEXT NOT NULL DEFAULT '',
    item_code     TEXT NOT NULL,
    summary       TEXT NOT NULL,
    division      TEXT NOT NULL DEFAULT '',
    sms           INTEGER NOT NULL DEFAULT 0 CHECK (sms IN (0, 1)),
    received_at   TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'returned')),
    case_seq      INTEGER REFERENCES cases(seq),
    return_reason TEXT,
    handled_by    TEXT,
    handled_at    TEXT
);
CREATE INDEX online_requests_waiting ON online_requests(received_at) WHERE state = 'pending';
