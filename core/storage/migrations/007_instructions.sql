-- Migration 7: instruction requests (请示报告, 7.2.3): a question put to someone above, and the answer
-- when it comes. The case waits in "awaiting instruction" meanwhile and returns to where it was.
-- Never edit this file once it has landed.
CREATE TABLE instruction_requests (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    case_seq     INTEGER NOT NULL REFERENCES cases(seq),
    question     TEXT NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
    asked_to     TEXT NOT NULL,
    asked_at     TEXT NOT NULL,
    asked_by     TEXT NOT NULL,
    status_before TEXT NOT NULL,     -- where the case returns once answered
    answer       TEXT,
    answered_at  TEXT,
    answered_by  TEXT
);
CREATE INDEX instruction_requests_open ON instruction_requests(case_seq) WHERE answer IS NULL;
